"""Decision verbs, status cues and deciding bodies, as French and English news and NATO releases
write them. French tables come first, English ones (``EN_`` names) after; each language is one
:class:`DecisionLexicon` record in :data:`LEXICONS`.

Unlike the word lists of the other tables, verbs inflect, so the entries here are regular
expression fragments (matched case-insensitively on the normalised text, where apostrophes are
straight ``'``). Accented letters are written as classes (``d[ée]cid``) because wire copy drops
accents on capitals and careless copy drops them everywhere. Every fragment must stay linear:
no nested quantifiers, only bounded repetition.

Which cue gives which status follows the wording, not the outcome:

* ``TAKEN``: a perfect tense of a decision verb, active or passive, with up to three adverbs in
  the verb group (``ont décidé``, ``ont par ailleurs décidé``, ``a approuvé``, ``ont entériné``,
  ``ont donné jeudi leur feu vert``, ``a suspendu``, ``ont été suspendues``, ``ont lancé``, ``ont
  prolongé``, ``a mis fin``, ``ont convenu``, ``le calendrier convenu entre ...``, ``la décision a
  été prise``).
* ``PLANNED``: a decision or launch announced for later or made conditional (``sera examinée``,
  ``pourrait être lancée``, ``devrait décider``, ``est prête à``), and ``va``/``vont`` + an action
  verb (``l'Otan va augmenter les effectifs``): the text presents the action as coming, even when
  the decision behind it was taken the same day.
* ``UNDER_CONSIDERATION``: deliberation without an outcome (``examinera``, ``réexaminera``,
  ``réfléchira à``, ``discuteront`` + a matter, ``étudie``, ``envisage``, ``entamer l'examen``,
  ``reste à l'étude``).
* ``NOT_TAKEN``: an explicit negation or a postponement (``n'a pas encore pris de décision``,
  ``n'a pas été tranchée``, ``aucune décision ne sera prise``, ``a refusé``, ``ont reporté leur
  décision``).

A noun alone (``Conformément aux décisions des Alliés``, ``la demande``) is never a cue: it
reports no act of deciding.
Nor is a spokesman's reticence (``a décidé de ne pas commenter``, ``a refusé de répondre``), nor
``n'est pas à l'ordre du jour``, which says nothing was deliberated. Past or passive examination
with no outcome (``ont examiné la demande``, ``a été examinée par le CAN``) is
``UNDER_CONSIDERATION``; failing to agree (``ne sont pas parvenus à un accord``, ``aucun accord
n'a été trouvé``), giving up (``ont renoncé à``, ``ont exclu``) and ``reste en suspens`` are
``NOT_TAKEN``.
"""

from types import MappingProxyType
from typing import Final, Literal

import attrs

from ...model import DecisionStatus

__all__ = [
    "ADVERBS",
    "AGENT",
    "BODIES",
    "CLAUSE_START",
    "CUES",
    "CUE_KEYS",
    "CUE_STARTS",
    "DECISION_MATTERS",
    "DECISION_NOUN",
    "ENGLISH",
    "EN_ADVERBS",
    "EN_BODIES",
    "EN_BODY_ENDS",
    "EN_CLAUSE_START",
    "EN_CUES",
    "EN_CUE_KEYS",
    "EN_CUE_STARTS",
    "EN_DECISION_MATTERS",
    "EN_DECISION_NOUN",
    "EN_HEADS",
    "EN_HEAD_OPENS",
    "EN_INVERSION_BEFORE",
    "EN_MATTER_SKIP",
    "EN_SUMMARY_LEADS",
    "EN_SUMMARY_STOPS",
    "EN_TOPIC_LEAD",
    "FRENCH",
    "HEADS",
    "IMPERSONAL",
    "INVERSION_BEFORE",
    "LEXICONS",
    "MATTER_SKIP",
    "SUMMARY_LEADS",
    "SUMMARY_STOPS",
    "TOPIC_LEAD",
    "CuePattern",
    "DecisionLexicon",
    "for_language",
]

SummaryMode = Literal["object", "subject", "action", "apposition"]
BodySide = Literal["subject", "agent"]
Head = Literal["negated", "have", "modal", "future", "copula"]


@attrs.frozen
class CuePattern:
    """One way of saying where a decision stands.

    ``summary`` says where the decided matter is: ``object`` after the cue (``ont décidé
    d'élargir ...``), ``subject`` before it (``cette demande sera examinée``), ``action`` from the
    group named ``act`` inside the cue (``va augmenter les effectifs``), ``apposition`` the noun
    phrase before the comma that opens an appositive participle (``La prolongation, approuvée
    mardi, ...`` -> ``La prolongation``). ``body`` says where the
    decider is: the grammatical ``subject`` before the cue, or the ``agent`` after ``par`` in a
    passive. A group named ``v`` narrows the cue span to the verb group when the pattern has to
    read more than the verb to be sure (``la décision définitive [...] devrait être prise``).
    ``matter``: the cue counts only when its object is a decision matter (:data:`DECISION_MATTERS`):
    talking verbs (``discuter``, ``débattre``) deliberate on a decision only when they talk about
    one -- ``les ministres doivent discuter de la menace jihadiste`` is an agenda, not a pending
    decision, whoever the subject is. ``head``: the verb group the pattern continues (one of
    :data:`HEADS`, e.g. an auxiliary and its adverbs), written once for all the cues sharing it.
    ``opens``: the words (or word beginnings) a cue without a head may begin with, when its
    language lists them for all its cues (see :attr:`DecisionLexicon.head_opens`); the extractor
    then tries at a word only the cues that may begin with its first letter.
    """

    status: DecisionStatus
    pattern: str
    summary: SummaryMode = "object"
    body: BodySide = "subject"
    matter: bool = False
    head: Head | None = None
    opens: tuple[str, ...] = ()


#: Adverbs, adverbial phrases and time words that may sit inside a verb group, one to three of
#: them (``ont donc finalement décidé``, ``n'ont en revanche pas décidé``, ``ont par ailleurs
#: décidé``, ``va considérablement augmenter``, ``ont donné jeudi leur feu vert``). Any word in
#: ``-ment`` is an adverb here (``ont temporairement suspendu``); the bound of three keeps a cue a
#: verb group, not a clause.
ADVERBS: Final = (
    r"(?:(?:d[ée]j[àa]|donc|aussi|enfin|bien|encore|toujours|d[ée]sormais|bient[ôo]t|ainsi|toutefois|cependant|"
    r"n[ée]anmoins|pourtant|alors|ensuite|hier|aujourd'hui|sans\s+doute|par\s+ailleurs|en\s+(?:revanche|outre)|"
    r"de\s+(?:nouveau|plus|(?:leur|son)\s+c[ôo]t[ée])|[àa]\s+(?:nouveau|ce\s+stade)|d'ores\s+et\s+d[ée]j[àa]|"
    r"pour\s+(?:l'instant|le\s+moment|(?:leur|sa)\s+part)|jusqu'ici|(?:lun|mar|mercre|jeu|vendre|same)di|"
    r"dimanche|[^\W\d_]{3,20}ment)\s+){0,3}"
)

_A = ADVERBS
#: The second gap of a verb group (after ``pas``, ``été``, ``être``, ``donné``) holds short
#: adverbs and time words (``n'a pas encore été formellement approuvé``, ``ont donné jeudi leur
#: feu vert``); a shorter list keeps the combined pattern quick to compile.
_A2 = (
    r"(?:(?:d[ée]j[àa]|encore|aussi|bien|toujours|d[ée]sormais|enfin|[àa]\s+nouveau|de\s+nouveau|hier|"
    r"(?:lun|mar|mercre|jeu|vendre|same)di|dimanche|[^\W\d_]{3,20}ment)\s+){0,3}"
)
_TAKEN_PARTICIPLES = (
    r"(?:d[ée]cid[ée]|approuv[ée]|adopt[ée]|ent[ée]rin[ée]|valid[ée]|avalis[ée]|autoris[ée]|accept[ée]|"
    r"d[ée]cr[ée]t[ée]|act[ée]|tranch[ée]|ratifi[ée]|suspendu|prolong[ée]|mis\s+fin)"
)
#: Participles of a future or conditional passive that announce a decision or a launch
#: (``sera examinée``, ``pourrait être lancée``, ``sera élargie``). Verbs that only carry out a
#: decision are not here: ``des troupes seront déployées`` reports an execution, not a decision.
_FUTURE_PARTICIPLES = (
    r"(?:examin[ée]|r[ée]examin[ée]|lanc[ée]|approuv[ée]|d[ée]cid[ée]|soumis|adopt[ée]|discut[ée]|[ée]tudi[ée]|"
    r"pr[ée]sent[ée]|ent[ée]rin[ée]|valid[ée]|officialis[ée]|cr[ée][ée]|mis\s+en\s+place|"
    r"[ée]largi|renforc[ée]|[ée]tendu|autoris[ée]|annonc[ée]|tranch[ée]|suspendu|prolong[ée])e?s?"
)
#: After a modal (``pourrait être déployée``, ``devraient être envoyés``) an execution verb is a
#: plan still open, unlike the plain future ``seront déployées`` that carries out a decision taken.
_MODAL_PARTICIPLES = r"(?:" + _FUTURE_PARTICIPLES + r"|(?:d[ée]ploy[ée]|envoy[ée])e?s?)"
_MODALS = r"(?:pourrait|pourraient|devrait|devraient|doit|doivent|devra|devront|va|vont|pourra|pourront)"
_DECISION_INFINITIVES = (
    r"(?:accepter|approuver|d[ée]cider|adopter|autoriser|ent[ée]riner|valider|trancher|ratifier|"
    r"se\s+prononcer|donner\s+(?:son|leur)\s+(?:feu\s+vert|accord|aval))"
)
_ACTION_INFINITIVES = (
    r"(?:augmenter|[ée]largir|renforcer|lancer|d[ée]ployer|cr[ée]er|[ée]tendre|r[ée]duire|retirer|"
    r"envoyer|soumettre|pr[ée]senter|proposer|mettre\s+en\s+place|reprendre|doubler|tripler|prolonger|"
    r"suspendre|mettre\s+fin)"
)
_HAVE = r"(?:a|ont|avons|avez|avait|avaient|aurait|auraient|ai)"
#: ``a décidé de ne pas commenter``, ``a refusé de répondre``: a spokesman's reticence, no decision.
_NO_COMMENT = (
    r"(?!\s+(?:de\s+ne\s+pas\s+|de\s+|d')(?:commenter|r[ée]agir|r[ée]pondre|s'exprimer|pr[ée]ciser|confirmer|"
    r"d[ée]mentir|divulguer|r[ée]v[ée]ler|d[ée]voiler|faire\s+(?:de|aucun)\s+commentaire|donner\s+(?:de\s+)?d[ée]tails))"
)
#: Participles that, set off by a comma after a noun, report a decision taken (``La prolongation,
#: approuvée mardi, ...``, ``cette mission, décidée lors du sommet, ...``); ``décidé à`` is
#: "determined to", not a decision.
_APPOSED = (
    r"(?:d[ée]cid[ée]|approuv[ée]|adopt[ée]|ent[ée]rin[ée]|valid[ée]|avalis[ée]|ratifi[ée]|d[ée]cr[ée]t[ée]|"
    r"prolong[ée]|convenu|act[ée])e?s?(?!\w)(?!\s+[àa]\s)"
)
#: Verbs that carry the news of a decision named by the noun (``la décision d'élargir la mission
#: a été annoncée``): only with the noun ``décision`` as subject.
_DECISION_NEWS = r"(?:prise|annonc[ée]e|confirm[ée]e|officialis[ée]e|rendue\s+publique|communiqu[ée]e)"
_DECISION = r"d[ée]cision(?:\s+(?:finale|d[ée]finitive|formelle|officielle))?"
#: Objects of ``lancer`` that make it an attack or a call, not the launch of a mission.
_NOT_LAUNCHED = (
    r"(?!\s+(?:un|une|des|l'|de\s+nouveaux?|de\s+nouvelles)\s*(?:appels?|avertissements?|mises?\s+en\s+garde|"
    r"attaques?|offensives?|assauts?|raids?|frappes?|roquettes?|missiles?))"
)

#: Verb groups several cues continue, each with the adverbs it may hold.
HEADS: Final[dict[str, str]] = {
    "negated": r"n'" + _HAVE + r"\s+" + _A + r"(?:pas|jamais)\s+" + _A2,
    "have": _HAVE + r"\s+" + _A,
    "modal": _MODALS + r"\s+" + _A,
    "future": r"(?:sera|seront)\s+" + _A,
    "copula": r"(?:est|sont|reste|restent|demeure|demeurent)\s+" + _A,
}

#: Status cues, tried in this order at each position (negations first, so ``n'a pas décidé``
#: is never read as ``a décidé``); cues sharing a head are tried together, in this order.
CUES: Final[tuple[CuePattern, ...]] = (
    # --- NOT_TAKEN ---------------------------------------------------------------------------
    CuePattern(
        # ``n'a pas été tranchée``, ``n'ont pas encore été arrêtées``: the matter is the subject
        DecisionStatus.NOT_TAKEN,
        r"[ée]t[ée]\s+" + _A2 + r"(?:" + _TAKEN_PARTICIPLES + r"|arr[êe]t[ée]|pris)e?s?(?!\w)",
        summary="subject",
        head="negated",
    ),
    CuePattern(
        DecisionStatus.NOT_TAKEN,
        r"(?:pris\s+(?:de|la\s+moindre|aucune)\s+"
        + _DECISION
        + r"|"
        + _TAKEN_PARTICIPLES
        + r"|donn[ée]\s+"
        + _A2
        + r"(?:son|leur|notre|le)\s+(?:feu\s+vert|accord|aval))(?!\w)",
        head="negated",
    ),
    CuePattern(DecisionStatus.NOT_TAKEN, r"n'" + _HAVE + r"\s+" + _A + r"pris\s+aucune\s+" + _DECISION),
    CuePattern(
        DecisionStatus.NOT_TAKEN,
        r"aucune\s+" + _DECISION + r"\s+(?:n'|ne\s+)(?:a|sera|est|avait|serait)\s+"
        r"(?:encore\s+)?(?:[ée]t[ée]\s+)?(?:prise|arr[êe]t[ée]e)",
        summary="subject",
    ),
    CuePattern(DecisionStatus.NOT_TAKEN, r"n'y\s+a\s+(?:toujours\s+)?pas\s+(?:encore\s+)?de\s+d[ée]cision"),
    CuePattern(DecisionStatus.NOT_TAKEN, r"ne\s+(?:s'est|se\s+sont)\s+pas\s+" + _A2 + r"prononc[ée]e?s?"),
    CuePattern(
        DecisionStatus.NOT_TAKEN,
        r"(?:n'est|ne\s+sont)\s+pas\s+" + _A2 + r"(?:d[ée]cid[ée]|tranch[ée]|arr[êe]t[ée])e?s?",
        summary="subject",
    ),
    CuePattern(
        DecisionStatus.NOT_TAKEN,
        r"(?:refus[ée]|rejet[ée]|d[ée]clin[ée]|[ée]cart[ée]|exclu|renonc[ée]\s+[àa])(?!\w)" + _NO_COMMENT,
        head="have",
    ),
    CuePattern(
        # ``l'envoi de troupes a été écarté``
        DecisionStatus.NOT_TAKEN,
        r"[ée]t[ée]\s+" + _A2 + r"(?:refus[ée]|rejet[ée]|[ée]cart[ée]|exclu)e?s?(?!\w)",
        summary="subject",
        body="agent",
        head="have",
    ),
    CuePattern(
        # no agreement reached: ``ne sont pas parvenus à un accord``, ``n'ont pas réussi à s'entendre``
        DecisionStatus.NOT_TAKEN,
        r"(?:ne\s+(?:sont|est|s'(?:est|[ée]taient|[ée]tait)|se\s+sont)\s+pas\s+|n'(?:ont|a|avaient|avait)\s+pas\s+|"
        r"ne\s+parvien(?:t|nent|dront)\s+pas\s+)"
        + _A2
        + r"(?:(?:parvenue?s?|r[ée]ussi)\s+[àa]|pu|[àa])\s+(?:un\s+|aucun\s+)?(?:accord|consensus|compromis|s'entendre|"
        r"se\s+mettre\s+d'accord|trouver\s+(?:un\s+)?(?:accord|consensus|compromis)|d[ée]cider|trancher)(?!\w)",
    ),
    CuePattern(
        DecisionStatus.NOT_TAKEN,
        r"aucun\s+(?:accord|consensus|compromis)\s+(?:n'|ne\s+)(?:a|avait|ont|sera|serait|est|pourra)\s+"
        r"(?:encore\s+|toujours\s+|pu\s+)?(?:[ée]t[ée]\s+)?(?:encore\s+)?(?:trouv[ée]|conclu|atteint|d[ée]gag[ée])(?!\w)",
    ),
    CuePattern(
        DecisionStatus.NOT_TAKEN,
        r"n'y\s+a\s+(?:toujours\s+|encore\s+)?pas\s+(?:eu\s+)?(?:encore\s+)?d'(?:accord|consensus)(?!\w)",
    ),
    CuePattern(
        # ``ils se sont prononcés contre l'envoi de troupes``
        DecisionStatus.NOT_TAKEN,
        r"(?:s'est|se\s+sont)\s+" + _A + r"prononc[ée]e?s?\s+" + _A2 + r"contre(?!\w)",
    ),
    CuePattern(
        # a decision put off is one not taken: ``ont reporté leur décision``
        DecisionStatus.NOT_TAKEN,
        r"(?:report[ée]|diff[ée]r[ée]|ajourn[ée]|repouss[ée])\s+(?:[àa]\s+plus\s+tard\s+)?"
        r"(?:sa|leur|la|notre|toute|une|cette)\s+" + _DECISION,
        head="have",
    ),
    CuePattern(
        DecisionStatus.NOT_TAKEN,
        r"(?:la|une|cette|leur|sa)\s+"
        + _DECISION
        + r"\s+(?:a|avait)\s+[ée]t[ée]\s+"
        + _A
        + r"(?:report[ée]e|diff[ée]r[ée]e|ajourn[ée]e|repouss[ée]e)",
        summary="subject",
    ),
    # --- TAKEN: passives first --------------------------------------------------------------
    CuePattern(
        DecisionStatus.TAKEN,
        r"(?:la|une|cette)\s+" + _DECISION + r"\s+(?:a|avait)\s+[ée]t[ée]\s+" + _A2 + r"prise",
        summary="subject",
        body="agent",
    ),
    CuePattern(
        # ``la décision d'élargir la mission a été annoncée``: the cue is the verb group
        DecisionStatus.TAKEN,
        r"(?:la|cette|leur|sa)\s+"
        + _DECISION
        + r"(?:\s+[\w'-]+){0,8}?\s+(?P<v>(?:a|avait)\s+[ée]t[ée]\s+"
        + _A2
        + _DECISION_NEWS
        + r")(?!\w)",
        summary="subject",
        body="agent",
    ),
    CuePattern(
        DecisionStatus.TAKEN,
        r"[ée]t[ée]\s+" + _A2 + r"(?:" + _TAKEN_PARTICIPLES + r"|convenu)e?s?(?!\w)",
        summary="subject",
        body="agent",
        head="have",
    ),
    # --- PLANNED: passives and modals before the plain perfect -------------------------------
    CuePattern(
        # ``la décision définitive sur son lancement devrait être prise``: the noun makes ``prise``
        # a decision; the cue is the verb group
        DecisionStatus.PLANNED,
        r"(?:la|une|cette|leur|sa)\s+"
        + _DECISION
        + r"(?:\s+[\w'-]+){0,6}?\s+(?P<v>(?:sera|seront|"
        + _MODALS
        + r"\s+[êe]tre)\s+"
        + _A2
        + r"prise)(?!\w)",
        summary="subject",
        body="agent",
    ),
    CuePattern(DecisionStatus.PLANNED, _FUTURE_PARTICIPLES + r"(?!\w)", summary="subject", body="agent", head="future"),
    CuePattern(
        DecisionStatus.PLANNED,
        r"[êe]tre\s+" + _A2 + _MODAL_PARTICIPLES + r"(?!\w)",
        summary="subject",
        body="agent",
        head="modal",
    ),
    CuePattern(
        DecisionStatus.UNDER_CONSIDERATION,
        r"(?:examiner|r[ée]examiner|[ée]tudier|r[ée]fl[ée]chir\s+(?:[àa]|sur)|envisager)",
        head="modal",
    ),
    CuePattern(DecisionStatus.UNDER_CONSIDERATION, r"(?:discuter|d[ée]battre)(?!\w)", matter=True, head="modal"),
    CuePattern(DecisionStatus.PLANNED, _DECISION_INFINITIVES, head="modal"),
    CuePattern(
        DecisionStatus.PLANNED, r"(?:va|vont)\s+" + _A + r"(?P<act>" + _ACTION_INFINITIVES + r")", summary="action"
    ),
    CuePattern(
        DecisionStatus.PLANNED,
        r"(?:d[ée]cidera|d[ée]cideront|approuvera|approuveront|adoptera|adopteront|ent[ée]rinera|ent[ée]rineront|"
        r"validera|valideront|tranchera|trancheront|se\s+prononcera|se\s+prononceront)(?!\w)",
    ),
    CuePattern(
        DecisionStatus.PLANNED,
        r"(?:est|sont|se\s+dit|se\s+disent|s'est\s+dite?|se\s+sont\s+dits)\s+"
        + _A
        + r"(?:pr[êe]te?s?|dispos[ée]e?s?)\s+[àa]",
    ),
    CuePattern(
        DecisionStatus.PLANNED,
        # only a decision is "expected": ``la réunion est prévue jeudi`` schedules no decision
        r"(?:la|une)\s+" + _DECISION + r"\s+(?:est|serait|devrait\s+[êe]tre)\s+"
        r"(?:attendue|pr[ée]vue|programm[ée]e)(?!\w)",
        summary="subject",
    ),
    CuePattern(
        DecisionStatus.PLANNED,
        r"(?:la|une)\s+" + _DECISION + r"\s+(?:devrait|pourrait|doit|va)\s+(?:intervenir|tomber)(?!\w)",
        summary="subject",
    ),
    CuePattern(
        # ``l'OTAN prévoit de doubler ses effectifs``: a plan stated
        DecisionStatus.PLANNED,
        r"(?:pr[ée]voi(?:t|ent)|pr[ée]voyai(?:t|ent)|(?:a|ont|avait|avaient)\s+l'intention)(?=\s+(?:de\s|d'))",
    ),
    # --- TAKEN: active --------------------------------------------------------------------
    CuePattern(
        DecisionStatus.TAKEN,
        r"(?:donn[ée]|accord[ée])\s+" + _A2 + r"(?:son|leur|notre|le)\s+(?:feu\s+vert|accord|aval|approbation)",
        head="have",
    ),
    CuePattern(DecisionStatus.TAKEN, r"pris\s+(?:la|une|cette)\s+d[ée]cision", head="have"),
    CuePattern(DecisionStatus.TAKEN, r"(?:" + _TAKEN_PARTICIPLES + r"|convenu)(?!\w)" + _NO_COMMENT, head="have"),
    CuePattern(
        # ``arrêté`` alone is also "arrested": only with what one settles
        DecisionStatus.TAKEN,
        r"arr[êe]t[ée]\s+(?:le\s+principe|le\s+calendrier|les\s+modalit[ée]s|(?:la|leur|sa)\s+(?:position|d[ée]cision))",
        head="have",
    ),
    CuePattern(
        DecisionStatus.TAKEN,
        r"(?:opt[ée]\s+pour|trouv[ée]\s+un\s+(?:accord|compromis|consensus))(?!\w)",
        head="have",
    ),
    CuePattern(DecisionStatus.TAKEN, r"lanc[ée](?!\w)" + _NOT_LAUNCHED, head="have"),
    CuePattern(DecisionStatus.TAKEN, r"(?:sont|se\s+sont|nous\s+sommes)\s+" + _A + r"(?:convenus|mis\s+d'accord)"),
    CuePattern(
        DecisionStatus.TAKEN,
        r"(?:s'est|se\s+sont|nous\s+sommes)\s+" + _A + r"(?:prononc[ée]e?s?\s+" + _A2 + r"(?:en\s+faveur|pour(?!\w))|"
        r"entendue?s?\s+(?:sur|pour)(?!\w))",
    ),
    CuePattern(
        # the participle set off by a comma after its noun: ``La prolongation, approuvée mardi, ...``
        DecisionStatus.TAKEN,
        r"(?<=,\s)" + _APPOSED,
        summary="apposition",
        body="agent",
    ),
    CuePattern(
        # the participle alone, when it says between whom: ``le calendrier convenu entre Bagdad et Washington``
        DecisionStatus.TAKEN,
        r"convenue?s?(?=\s+(?:entre|avec|par)\s)",
        summary="subject",
        body="agent",
    ),
    CuePattern(
        DecisionStatus.TAKEN, r"(?:d[ée]cident|d[ée]cide|approuvent|adoptent|ent[ée]rinent)(?!\w)" + _NO_COMMENT
    ),
    # --- UNDER_CONSIDERATION --------------------------------------------------------------
    CuePattern(
        DecisionStatus.UNDER_CONSIDERATION,
        r"r[ée]fl[ée]chi(?:t|ssent|ra|ront|ssait|ssaient|r)\s+" + _A + r"(?:[àa]|sur)(?!\w)"
        r"|entam(?:er|era|eront|ent|e)\s+l'examen"
        r"|se\s+pench(?:e|ent|era|eront|er)\s+sur",
    ),
    CuePattern(
        DecisionStatus.UNDER_CONSIDERATION,
        r"(?:r[ée]examin|examin|[ée]tudi|[ée]valu)(?:e|ent|era|eront|erons|ons|ait|aient)(?!\w)"
        r"|envisag(?:e|ent|eait|eaient|era|eront|eons|erons)(?!\w)",
    ),
    CuePattern(
        DecisionStatus.UNDER_CONSIDERATION,
        r"(?:discut|d[ée]batt)(?:e|ent|era|eront|erons|ons|ait|aient|ra|ront|rons)(?!\w)",
        matter=True,
    ),
    CuePattern(
        # an examination reported without its outcome: ``les ministres ont examiné la demande``
        DecisionStatus.UNDER_CONSIDERATION,
        r"(?:envisag[ée]|examin[ée]|r[ée]examin[ée]|[ée]tudi[ée])(?!\w)",
        head="have",
    ),
    CuePattern(
        DecisionStatus.UNDER_CONSIDERATION,
        r"[ée]t[ée]\s+" + _A2 + r"(?:examin[ée]|r[ée]examin[ée]|[ée]tudi[ée])e?s?(?!\w)",
        summary="subject",
        body="agent",
        head="have",
    ),
    CuePattern(
        DecisionStatus.UNDER_CONSIDERATION,
        r"planch(?:e|ent|era|eront|ait|aient)\s+sur(?!\w)",
    ),
    CuePattern(
        DecisionStatus.UNDER_CONSIDERATION,
        r"(?:discussions|n[ée]gociations|consultations)\s+(?:(?:sont|restent)\s+(?:toujours\s+)?en\s+cours|"
        r"se\s+poursuivent)(?=\s+(?:sur\s|[àa]\s+propos\s|au\s+sujet\s|concernant\s))",
        matter=True,
    ),
    CuePattern(DecisionStatus.UNDER_CONSIDERATION, r"(?:discut[ée]|d[ée]battu)(?!\w)", matter=True, head="have"),
    CuePattern(
        DecisionStatus.UNDER_CONSIDERATION,
        r"(?:[àa]\s+l'[ée]tude|envisag[ée]e?s?|en\s+discussion|en\s+cours\s+d'examen|examin[ée]e?s?|"
        r"sur\s+la\s+table)(?!\w)",
        summary="subject",
        head="copula",
    ),
    CuePattern(
        # ``la question du retrait reste en suspens``: left undecided
        DecisionStatus.NOT_TAKEN,
        r"en\s+suspens(?!\w)",
        summary="subject",
        head="copula",
    ),
)

#: Word beginnings every cue contains (folded: lower case, no accents). The extractor looks for
#: these first and reads the cue patterns only around them, so most of a text is never matched
#: against the long cue alternation. A cue added above must contain one of these; a trailing
#: space makes an entry a whole word. Passives and modal cues are found from their auxiliary
#: (``sera``, ``être``), so the common verbs they carry (``renforcée``, ``annoncée``) need no key.
CUE_KEYS: Final[tuple[str, ...]] = (
    "decid",
    "decision",
    "approuv",
    "approbation",
    "adopt",
    "enterin",
    "valid",
    "avalis",
    "aval",
    "autoris",
    "accept",
    "decret",
    "acte",
    "tranch",
    "ratifi",
    "suspendu",
    "prolong",
    "mis fin",
    "refus",
    "rejet",
    "declin",
    "ecart",
    "exclu",
    "renonc",
    "parven",
    "reussi ",
    "parvien",
    "s'entendre",
    "trouver un",
    "mettre d'accord",
    "aucun accord",
    "aucun consensus",
    "aucun compromis",
    "pas d'accord",
    "pas de consensus",
    "suspens",
    "opte pour",
    "trouve un ",
    "entendu",
    "intention",
    "prevoi",
    "planch",
    "discussions",
    "negociations",
    "consultations",
    "intervenir",
    "tomber",
    "convenu",
    "mis d'accord",
    "feu vert",
    "donne ",
    "accorde ",
    "lance",
    "examin",
    "reexamin",
    "l'examen",
    "etudi",
    "l'etude",
    "evalu",
    "envisag",
    "discut",
    "en discussion",
    "debat",
    "reflechi",
    "pench",
    "prononc",
    "pret ",
    "prete ",
    "prets ",
    "pretes ",
    "dispose",
    "arrete",
    "pris ",
    "prise ",
    "prises ",
    "sur la table",
    "sera ",
    "seront ",
    "etre ",
    "va ",
    "vont ",
)

#: Words a cue may begin with when it does not begin with its key word (folded): negations,
#: auxiliaries, modals, the determiners of ``la décision ...``. The cue pattern is tried only at
#: these words and at the key itself.
CUE_STARTS: Final[tuple[str, ...]] = (
    "n'",
    "ne",
    "aucune",
    "la",
    "une",
    "cette",
    "leur",
    "sa",
    "a",
    "ont",
    "avons",
    "avez",
    "avait",
    "avaient",
    "aurait",
    "auraient",
    "ai",
    "sera",
    "seront",
    "pourrait",
    "pourraient",
    "devrait",
    "devraient",
    "doit",
    "doivent",
    "devra",
    "devront",
    "va",
    "vont",
    "pourra",
    "pourront",
    "est",
    "sont",
    "se",
    "s'est",
    "nous",
    "reste",
    "restent",
    "demeure",
    "demeurent",
    "entamer",
    "entamera",
    "entameront",
    "entament",
    "entame",
    "aucun",
)

#: Nouns (folded word beginnings) that make the object of a talking verb a matter to decide:
#: ``discuteront d'une extension du mandat`` deliberates, ``doivent discuter de la menace`` does not.
DECISION_MATTERS: Final[tuple[str, ...]] = (
    "demande",
    "requete",
    "proposition",
    "option",
    "possibilit",
    "projet",
    "plan",
    "extension",
    "elargissement",
    "prolongation",
    "renforcement",
    "retrait",
    "envoi",
    "deploiement",
    "mission",
    "avenir",
    "lancement",
    "mandat",
    "financement",
    "creation",
    "suite",
    "reponse",
    "presence",
    "soutien",
    "calendrier",
    "modalite",
    "contribution",
    "participation",
    "augmentation",
    "reduction",
    "suspension",
    "reprise",
    "maintien",
    "offre",
    "adhesion",
    "accord",
    "strategie",
    "effectif",
    "decision",
    "candidature",
    "opportunit",
    "principe",
    "fin ",
)

#: Words skipped before the first noun of an object when testing it against
#: :data:`DECISION_MATTERS` (determiners, prepositions, prenominal adjectives).
MATTER_SKIP: Final = frozenset(
    "le la les l' un une des du de d' au aux sa son ses leur leurs cette ce cet ces notre nos votre vos "
    "tout toute tous toutes eventuel eventuelle eventuels eventuelles possible possibles nouvelle nouveau "
    "nouvel nouveaux nouvelles future futur futurs futures prochaine prochain autre autres premier premiere "
    "eventuellement meme".split()
)

#: Deciding bodies, longest forms first (the whole ``Les ministres de la Défense des trente
#: pays alliés`` must win over ``pays alliés``). ``nous`` is kept as written: the resolver maps
#: it to the speaker's organisation. ``CAN`` is matched in capitals only.
BODIES: Final[tuple[str, ...]] = (
    r"(?:les\s+|des\s+|aux\s+)?ministres\s+(?:alli[ée]s\s+)?(?:de\s+la\s+D[ée]fense|des\s+Affaires\s+[ée]trang[èe]res)"
    r"(?:\s+(?:de\s+l'(?:OTAN|Alliance)|alli[ée]s|des\s+(?:[\w-]+\s+)?(?:pays|[ée]tats)\s+(?:alli[ée]s|membres(?:\s+de\s+l'(?:OTAN|Alliance))?)"
    r"|des\s+(?:[\w-]+\s+)?alli[ée]s))?",
    r"(?:les\s+|des\s+)?chefs\s+d'[ée]tat\s+et\s+de\s+gouvernement(?:\s+des\s+(?:[\w-]+\s+)?pays\s+(?:alli[ée]s|membres))?",
    r"(?:les\s+)?dirigeants\s+(?:alli[ée]s|de\s+l'(?:OTAN|Alliance)|des\s+(?:[\w-]+\s+)?pays\s+(?:alli[ée]s|membres))",
    r"(?:le\s+|du\s+|au\s+)?Conseil\s+de\s+l'Atlantique\s+Nord",
    r"(?:le\s+)?(?-i:CAN)(?!\w)",
    r"(?:le\s+)?sommet(?:\s+de\s+l'(?:OTAN|Alliance))?(?!\w)",
    r"(?:les\s+)?(?:pays|[ée]tats)\s+(?:alli[ée]s|membres)(?:\s+de\s+l'(?:OTAN|Alliance))?",
    r"(?:les\s+)?(?-i:Alli[ée]s)(?!\w)",
    r"(?:les\s+)?alli[ée]s(?!\w)",
    r"l'(?:OTAN|Alliance(?:\s+atlantique)?|Organisation\s+du\s+trait[ée]\s+de\s+l'Atlantique\s+Nord)(?!\w)",
    r"(?:le\s+|son\s+|leur\s+)?gouvernement(?:\s+(?:irakien|iraquien|am[ée]ricain|f[ée]d[ée]ral|belge|canadien|danois))?(?!\w)",
    r"nous(?!\w)",
)

#: What may precede a cue whose subject is inverted after it: ``Comme en ont décidé les pays
#: alliés, ...``, ``ainsi que l'ont décidé les ministres``.
INVERSION_BEFORE: Final = r"(?:comme|ainsi\s+que|ce\s+que|ce\s+qu')\s*(?:en\s+|l')?\s*\Z"

#: Where a summary ends: punctuation, quotes, a reporting clause or a purpose/time adjunct.
SUMMARY_STOPS: Final = (
    r"[,;:!?«»\"“”()\[\]\n]|(?<!\bM)(?<!\bMM)(?<!\bMme)(?<!\b[A-Z])\."  # not the stop of ``M.``
    r"|\s(?:afin\s+(?:de|d'|que)|pour\s+que|lors\s+d|dans\s+le\s+cadre\s+d|en\s+raison\s+d|"
    r"alors\s+que|tandis\s+que|selon\s|dès\s+réception|a\s+(?:annoncé|déclaré|affirmé|précisé|indiqué|dit|"
    r"ajouté|souligné|expliqué))"
)

#: What is stripped from the start of a summary: time words and the preposition that links the
#: decided matter to the verb (``décidé jeudi d'élargir`` -> ``élargir``).
SUMMARY_LEADS: Final = (
    r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd'hui|finalement|donc)\s+){0,3}"
    r"(?:de\s+|d'|[àa]\s+|sur\s+|que\s+|qu'|quant\s+[àa]\s+|concernant\s+|au\s+sujet\s+d(?:e\s+|')|"
    r"[àa]\s+propos\s+d(?:e\s+|'))?"
)

#: Where a subject clause starts, read backwards from a passive cue (``... a déclaré que la
#: mission sera examinée`` -> ``la mission``).
CLAUSE_START: Final = r"[,;:«»\"“”(\n]|(?<![\w'])(?:que\s+|qu')"

#: The word before the agent of a passive (``examinée par le CAN``).
AGENT: Final = "par"

#: ``la décision`` as the subject of a passive cue.
DECISION_NOUN: Final = r"(?:la|une|cette|aucune)\s+d[ée]cision(?:\s+(?:finale|d[ée]finitive|formelle))?"

#: What introduces the topic after ``la décision a été prise`` (``sur``, ``de``...).
TOPIC_LEAD: Final = (
    r"\s*(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)\s+)?"
    r"(?:de\s|d'|sur\s|concernant\s|quant\s+[àa]\s|au\s+sujet\s|[àa]\s+propos\s)"
)

#: Impersonal subjects of a passive cue (``il a été décidé de ...``): the matter follows.
IMPERSONAL: Final = frozenset({"il", "c'", "ce"})


# --- English -----------------------------------------------------------------------------------
# NATO's English releases and English wire copy (Reuters, AP, AFP). The text is read in lower
# case; English has no accents to tolerate. Status follows the wording as in French:
#
# * TAKEN: ``decided``, ``agreed``, ``have agreed``, ``have also agreed``, ``approved``,
#   ``endorsed``, ``launched``, ``extended``, ``suspended``, ``gave the green light``, ``the
#   decision was taken``/``made``, passives (``was approved by the North Atlantic Council``) and
#   headline presents (``NATO agrees to ...``).
# * PLANNED: ``will expand``, ``is expected to decide``, ``could be launched``, ``will be
#   examined``, ``plans to``, ``is ready to``, ``a decision is expected``.
# * UNDER_CONSIDERATION: ``is considering``, ``will consider``, ``are discussing`` + a matter,
#   ``is studying``, ``will review``, ``remains under consideration``.
# * NOT_TAKEN: ``no decision has been taken``, ``has not yet decided``, ``no decision will be
#   made``, ``postponed a decision``, ``rejected``.

#: Adverbs and time words inside an English verb group (``have also agreed``, ``has now
#: decided``, ``agreed on Thursday``): up to three; any word in ``-ly`` is an adverb here.
EN_ADVERBS: Final = (
    r"(?:(?:also|now|already|still|just|yet|finally|formally|officially|unanimously|jointly|therefore|thus|"
    r"however|today|yesterday|recently|previously|earlier|initially|eventually|further|then|in\s+principle|"
    r"in\s+addition|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|this\s+week|last\s+week|[a-z]{3,20}ly)\s+){0,3}"
)
_EA = EN_ADVERBS
#: The short gap after ``not``, ``been``, ``be`` (``has not yet been formally approved``).
_EA2 = r"(?:(?:also|now|already|yet|still|just|formally|officially|finally|[a-z]{3,20}ly)\s+){0,3}"
_EN_TAKEN_PARTICIPLES = (
    r"(?:decided|agreed|approved|endorsed|adopted|authori[sz]ed|ratified|validated|accepted|finali[sz]ed|"
    r"suspended|signed\s+off|green-?light(?:ed)?|greenlit)"
)
#: Participles of a future or conditional passive that announce a decision or a launch
#: (``will be examined``, ``could be launched``); ``will be deployed`` carries a decision out.
_EN_FUTURE_PARTICIPLES = (
    r"(?:examined|re-?examined|reviewed|considered|launched|approved|decided|submitted|adopted|discussed|studied|"
    r"presented|endorsed|validated|created|set\s+up|established|expanded|enlarged|strengthened|extended|"
    r"authori[sz]ed|announced|suspended|prolonged|finali[sz]ed|agreed)"
)
_EN_MODAL_PARTICIPLES = r"(?:" + _EN_FUTURE_PARTICIPLES + r"|deployed|sent)"
_EN_FUTURE = r"(?:will|shall)"
_EN_MODALS = (
    r"(?:would|could|should|may|might|must|(?:is|are|was|were)\s+to|"
    r"(?:is|are|was|were)\s+(?:expected|likely|set|due|going|scheduled|poised|supposed)\s+to|"
    r"(?:plans|planned|intends|intend|intended|aims|aim)\s+to)"
)
_EN_DECISION_INFINITIVES = (
    r"(?:decide|approve|agree|endorse|adopt|authori[sz]e|ratify|validate|rule|sign\s+off|"
    r"(?:take|make|reach)\s+(?:a|the|its|their)\s+(?:final\s+)?decision|"
    r"give\s+(?:its|their|the|a)\s+(?:final\s+)?(?:green\s+light|approval|go-ahead))(?!\w)"
)
_EN_CONSIDER_INFINITIVES = (
    r"(?:consider|reconsider|examine|re-?examine|review|study|assess|evaluate|weigh|explore|look\s+(?:at|into)|"
    r"deliberate\s+on|reflect\s+on)(?!\w)"
)
_EN_ACTION_INFINITIVES = (
    r"(?:expand|increase|boost|enlarge|strengthen|launch|deploy|create|set\s+up|establish|extend|reduce|"
    r"withdraw|send|submit|present|propose|resume|double|triple|prolong|suspend|end|scale\s+(?:up|down|back)|"
    r"broaden|widen)(?!\w)"
)
_EN_HAVE = r"(?:has|have|had|having)"
_EN_NOT = r"(?:\s+not|n't)"
_EN_DECISION = r"(?:final\s+|formal\s+|definitive\s+)?decision"
_EN_BE_PASSIVE = r"(?:was|were|has\s+been|have\s+been|had\s+been)"
#: Objects of ``launched`` that make it an attack or an appeal, not the launch of a mission.
_EN_NOT_LAUNCHED = (
    r"(?!\s+(?:a\s+|an\s+|the\s+|its\s+|their\s+|new\s+|fresh\s+|several\s+|multiple\s+|renewed\s+)?"
    r"(?:new\s+|fresh\s+|major\s+|deadly\s+|coordinated\s+)?(?:attacks?|offensives?|assaults?|raids?|strikes?|"
    r"airstrikes?|air\s+strikes|rockets?|missiles?|drones?|appeals?|calls?|bombings?|counter-?offensives?))"
)
#: Objects of ``extended`` that are courtesies, not a mandate.
_EN_NOT_EXTENDED = (
    r"(?!\s+(?:its|their|his|her|our|my|a|an)?\s*(?:condolences|sympathy|sympathies|thanks|gratitude|"
    r"invitation|invitations|congratulations|welcome|greetings|hand))"
)
#: ``declined to comment`` reports no decision.
_EN_NOT_REFUSED = r"(?!\s+to\s+(?:comment|say|elaborate|confirm|disclose|specify|give|provide|be\s+named|name|answer))"
_EN_REJECTED = r"(?:rejected|refused|declined|turned\s+down|ruled\s+out)" + _EN_NOT_REFUSED
_EN_POSTPONED = r"(?:postponed|deferred|delayed|put\s+off)"
#: Words before a bare participle that make it an adjective or a passive read elsewhere
#: (``the agreed timeline``, ``an extended mission``).
_EN_NOT_ADJECTIVE = (
    r"(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)"
)
_EN_SIMPLE_PAST = (
    r"(?:decided|agreed|approved|endorsed|adopted|authori[sz]ed|ratified|suspended|green-?lighted|greenlit|"
    r"launched" + _EN_NOT_LAUNCHED + r"|extended" + _EN_NOT_EXTENDED + r")(?!\w)"
)

EN_HEADS: Final[dict[str, str]] = {
    "negated": _EN_HAVE + _EN_NOT + r"\s+" + _EA2,
    "have": _EN_HAVE + r"\s+" + _EA,
    "modal": _EN_MODALS + r"\s+" + _EA,
    "future": _EN_FUTURE + r"\s+" + _EA,
    "copula": r"(?:is|are|was|were|remains|remain|remained)\s+" + _EA,
}

#: The words each of :data:`EN_HEADS` may begin with (see :attr:`CuePattern.opens`).
EN_HEAD_OPENS: Final[dict[str, tuple[str, ...]]] = {
    "negated": ("has", "have", "had", "having"),
    "have": ("has", "have", "had", "having"),
    "modal": (
        "would", "could", "should", "may", "might", "must", "is", "are", "was", "were",
        "plans", "planned", "intends", "intend", "intended", "aims", "aim",
    ),
    "future": ("will", "shall"),
    "copula": ("is", "are", "was", "were", "remains", "remain", "remained"),
}  # fmt: skip

EN_CUES: Final[tuple[CuePattern, ...]] = (
    # --- NOT_TAKEN ---------------------------------------------------------------------------
    CuePattern(
        DecisionStatus.NOT_TAKEN,
        r"been\s+" + _EA2 + r"(?:" + _EN_TAKEN_PARTICIPLES + r"|taken|made|reached)(?!\w)",
        summary="subject",
        head="negated",
    ),
    CuePattern(
        DecisionStatus.NOT_TAKEN,
        r"(?:"
        + _EN_TAKEN_PARTICIPLES
        + r"|(?:taken|made|reached)\s+(?:a|any|the|its|their)\s+"
        + _EN_DECISION
        + r"|given\s+(?:its|their|the|a)\s+(?:final\s+)?(?:green\s+light|approval|go-ahead))(?!\w)",
        head="negated",
    ),
    CuePattern(
        DecisionStatus.NOT_TAKEN,
        r"(?:(?:did|does|do|will|would|could|can)"
        + _EN_NOT
        + r"|wo\s*n't|cannot)\s+"
        + _EA2
        + _EN_DECISION_INFINITIVES,
        opens=("did", "does", "do", "will", "would", "could", "can", "wo", "cannot"),
    ),
    CuePattern(
        DecisionStatus.NOT_TAKEN,
        r"no\s+" + _EN_DECISION + r"\s+(?:has|had|was|were|will|would|could|is|can)\s+(?:yet\s+)?(?:been\s+|be\s+)?"
        r"(?:yet\s+)?(?:taken|made|reached)(?!\w)",
        opens=("no",),
    ),
    CuePattern(
        # ``no decision on the expansion has been taken``: the cue is the verb group
        DecisionStatus.NOT_TAKEN,
        r"no\s+" + _EN_DECISION + r"(?:\s+[\w'-]+){1,8}?\s+(?P<v>(?:has|had|was|were|will|would|is)\s+(?:yet\s+)?"
        r"(?:been\s+|be\s+)?(?:yet\s+)?(?:taken|made|reached))(?!\w)",
        summary="subject",
        opens=("no",),
    ),
    CuePattern(
        DecisionStatus.NOT_TAKEN,
        r"there\s+(?:is|was|has\s+been|had\s+been|will\s+be)\s+(?:still\s+|as\s+yet\s+)?no\s+(?:final\s+)?decision",
        opens=("there",),
    ),
    CuePattern(DecisionStatus.NOT_TAKEN, _EN_REJECTED, head="have"),
    CuePattern(
        DecisionStatus.NOT_TAKEN,
        _EN_POSTPONED + r"\s+(?:a|the|its|their|any|this|our)\s+" + _EN_DECISION,
        head="have",
    ),
    CuePattern(
        DecisionStatus.NOT_TAKEN,
        r"(?:the|a|its|their|this|any)\s+" + _EN_DECISION + r"\s+" + _EN_BE_PASSIVE + r"\s+" + _EA2 + _EN_POSTPONED,
        summary="subject",
        opens=("the", "a", "its", "their", "this", "any"),
    ),
    CuePattern(
        DecisionStatus.NOT_TAKEN,
        _EN_NOT_ADJECTIVE + _EN_POSTPONED + r"\s+(?:a|the|its|their|any|this)\s+" + _EN_DECISION,
        opens=("postponed", "deferred", "delayed", "put"),
    ),
    CuePattern(
        DecisionStatus.NOT_TAKEN,
        _EN_NOT_ADJECTIVE + _EN_REJECTED,
        opens=("rejected", "refused", "declined", "turned", "ruled"),
    ),
    # --- TAKEN: passives first --------------------------------------------------------------
    CuePattern(
        DecisionStatus.TAKEN,
        r"(?:the|a|this|that)\s+"
        + _EN_DECISION
        + r"\s+"
        + _EN_BE_PASSIVE
        + r"\s+"
        + _EA2
        + r"(?:taken|made|reached)(?!\w)",
        summary="subject",
        body="agent",
        opens=("the", "a", "this", "that"),
    ),
    CuePattern(
        # ``the decision to expand the mission was taken``: the cue is the verb group
        DecisionStatus.TAKEN,
        r"(?:the|a|this|that)\s+"
        + _EN_DECISION
        + r"(?:\s+[\w'-]+){1,8}?\s+(?P<v>"
        + _EN_BE_PASSIVE
        + r"\s+"
        + _EA2
        + r"(?:taken|made|reached))(?!\w)",
        summary="subject",
        body="agent",
        opens=("the", "a", "this", "that"),
    ),
    CuePattern(
        DecisionStatus.TAKEN,
        _EN_BE_PASSIVE + r"\s+" + _EA2 + r"(?:" + _EN_TAKEN_PARTICIPLES + r"|launched|extended|ended)(?!\w)",
        summary="subject",
        body="agent",
        opens=("was", "were", "has", "have", "had"),
    ),
    # --- PLANNED: passives and modals before the plain perfect -------------------------------
    CuePattern(
        DecisionStatus.PLANNED,
        r"(?:the|a|this|that|their|its)\s+"
        + _EN_DECISION
        + r"(?:\s+[\w'-]+){0,8}?\s+(?P<v>(?:"
        + _EN_FUTURE
        + r"|"
        + _EN_MODALS
        + r")\s+be\s+"
        + _EA2
        + r"(?:taken|made|reached))(?!\w)",
        summary="subject",
        body="agent",
        opens=("the", "a", "this", "that", "their", "its"),
    ),
    CuePattern(
        DecisionStatus.PLANNED,
        r"be\s+" + _EA2 + _EN_FUTURE_PARTICIPLES + r"(?!\w)",
        summary="subject",
        body="agent",
        head="future",
    ),
    CuePattern(DecisionStatus.UNDER_CONSIDERATION, _EN_CONSIDER_INFINITIVES, head="future"),
    CuePattern(DecisionStatus.UNDER_CONSIDERATION, r"(?:discuss|debate)(?!\w)", matter=True, head="future"),
    CuePattern(DecisionStatus.PLANNED, _EN_DECISION_INFINITIVES, head="future"),
    CuePattern(
        DecisionStatus.PLANNED,
        r"be\s+" + _EA2 + _EN_MODAL_PARTICIPLES + r"(?!\w)",
        summary="subject",
        body="agent",
        head="modal",
    ),
    CuePattern(DecisionStatus.UNDER_CONSIDERATION, _EN_CONSIDER_INFINITIVES, head="modal"),
    CuePattern(DecisionStatus.UNDER_CONSIDERATION, r"(?:discuss|debate)(?!\w)", matter=True, head="modal"),
    CuePattern(DecisionStatus.PLANNED, _EN_DECISION_INFINITIVES, head="modal"),
    CuePattern(
        # ``will expand``, ``plans to send``: the action is presented as coming
        DecisionStatus.PLANNED,
        r"(?:will|would|could|may|might|(?:is|are|was|were)\s+to|"
        r"(?:is|are|was|were)\s+(?:expected|likely|set|due|going|scheduled|poised)\s+to|"
        r"(?:plans|planned|intends|intend|intended|aims|aim)\s+to)\s+"
        + _EA
        + r"(?P<act>"
        + _EN_ACTION_INFINITIVES
        + r")",
        summary="action",
        opens=(
            "will",
            "would",
            "could",
            "may",
            "might",
            "is",
            "are",
            "was",
            "were",
            "plans",
            "planned",
            "intends",
            "intend",
            "intended",
            "aims",
            "aim",
        ),
    ),
    CuePattern(
        DecisionStatus.PLANNED,
        r"(?:is|are|was|were|stands|stand|stood|remains|remain|said\s+it\s+was|said\s+they\s+were)\s+"
        + _EA
        + r"(?:ready|prepared|willing)\s+to(?!\w)",
        opens=("is", "are", "was", "were", "stands", "stand", "stood", "remains", "remain", "said"),
    ),
    CuePattern(
        DecisionStatus.PLANNED,
        # only a decision is "expected": ``the meeting is expected on Thursday`` schedules none
        r"(?:the|a)\s+"
        + _EN_DECISION
        + r"\s+(?:is|was|would\s+be|could\s+be)\s+(?:expected|due|scheduled|likely)(?!\w)",
        summary="subject",
        opens=("the", "a"),
    ),
    # --- TAKEN: active --------------------------------------------------------------------
    CuePattern(
        DecisionStatus.TAKEN,
        r"given\s+" + _EA2 + r"(?:its|their|the|our|a)\s+(?:final\s+)?(?:green\s+light|approval|go-ahead|backing)",
        head="have",
    ),
    CuePattern(
        DecisionStatus.TAKEN,
        r"(?:taken|made|reached)\s+(?:a|the|this|its|their)\s+" + _EN_DECISION,
        head="have",
    ),
    CuePattern(
        DecisionStatus.TAKEN,
        r"(?:"
        + _EN_TAKEN_PARTICIPLES
        + r"|launched"
        + _EN_NOT_LAUNCHED
        + r"|extended"
        + _EN_NOT_EXTENDED
        + r"|ended)(?!\w)",
        head="have",
    ),
    CuePattern(
        DecisionStatus.TAKEN,
        r"gave\s+" + _EA2 + r"(?:its|their|the|our|a)\s+(?:final\s+)?(?:green\s+light|approval|go-ahead)",
        opens=("gave",),
    ),
    CuePattern(
        DecisionStatus.TAKEN,
        r"(?:took|made|reached)\s+(?:a|the|this|its|their)\s+" + _EN_DECISION,
        opens=("took", "made", "reached"),
    ),
    CuePattern(
        DecisionStatus.TAKEN,
        _EN_NOT_ADJECTIVE + _EN_SIMPLE_PAST,
        opens=(
            "decided",
            "agreed",
            "approved",
            "endorsed",
            "adopted",
            "authori",
            "ratified",
            "suspended",
            "green",
            "launched",
            "extended",
        ),
    ),
    CuePattern(
        # headline presents: ``NATO agrees to expand its Iraq mission``
        DecisionStatus.TAKEN,
        r"(?:decides|agrees|approves|endorses|launches|extends|suspends)(?!\w)|(?:agree|decide)(?=\s+(?:to|on)\s)",
        opens=("decides", "agrees", "approves", "endorses", "launches", "extends", "suspends", "agree", "decide"),
    ),
    # --- UNDER_CONSIDERATION --------------------------------------------------------------
    CuePattern(
        DecisionStatus.UNDER_CONSIDERATION,
        r"(?:is|are|was|were|has\s+been|have\s+been)\s+"
        + _EA
        + r"(?:considering|studying|examining|reviewing|weighing|assessing|evaluating|exploring|mulling|"
        r"contemplating|looking\s+(?:at|into)|deliberating\s+on|reflecting\s+on)(?!\w)",
        opens=("is", "are", "was", "were", "has", "have"),
    ),
    CuePattern(
        DecisionStatus.UNDER_CONSIDERATION,
        r"(?:is|are|was|were)\s+" + _EA + r"(?:discussing|debating)(?!\w)",
        matter=True,
        opens=("is", "are", "was", "were"),
    ),
    CuePattern(
        DecisionStatus.UNDER_CONSIDERATION,
        r"(?:considers|examines|weighs|assesses|evaluates|explores|mulls|contemplates)(?!\w)",
        opens=("considers", "examines", "weighs", "assesses", "evaluates", "explores", "mulls", "contemplates"),
    ),
    CuePattern(
        DecisionStatus.UNDER_CONSIDERATION,
        r"(?:discussed|discusses|discuss|debated|debates|debate)(?!\w)",
        matter=True,
        opens=("discussed", "discusses", "discuss", "debated", "debates", "debate"),
    ),
    CuePattern(DecisionStatus.UNDER_CONSIDERATION, r"(?:considered|examined|studied)(?!\w)", head="have"),
    CuePattern(
        DecisionStatus.UNDER_CONSIDERATION,
        r"(?:under\s+(?:consideration|review|discussion|study|examination)|on\s+the\s+table|"
        r"being\s+(?:considered|discussed|examined|studied|reviewed|weighed|assessed))(?!\w)",
        summary="subject",
        head="copula",
    ),
)

#: Word beginnings every English cue contains (see :data:`CUE_KEYS`).
EN_CUE_KEYS: Final[tuple[str, ...]] = (
    "decid",
    "decision",
    "agree",
    "approv",
    "endors",
    "adopt",
    "authori",
    "ratif",
    "validat",
    "accept",
    "finali",
    "launch",
    "extend",
    "suspend",
    "ended ",
    "signed off",
    "sign off",
    "green light",
    "green-light",
    "greenlight",
    "greenlit",
    "go-ahead",
    "reject",
    "refus",
    "declin",
    "turned down",
    "ruled out",
    "postpon",
    "defer",
    "delay",
    "put off",
    "consider",
    "reconsider",
    "discuss",
    "debat",
    "stud",
    "examin",
    "re-examin",
    "reexamin",
    "review",
    "weigh",
    "assess",
    "evaluat",
    "explor",
    "mull",
    "contemplat",
    "look at",
    "look into",
    "looking at",
    "looking into",
    "deliberat",
    "reflect",
    "on the table",
    "ready ",
    "prepared ",
    "willing ",
    "will ",
    "would ",
    "could ",
    "should ",
    "may ",
    "might ",
    "must ",
    "shall ",
    "is to ",
    "are to ",
    "was to ",
    "were to ",
    "expected ",
    "likely ",
    "set to ",
    "due to ",
    "going to ",
    "scheduled ",
    "poised ",
    "supposed ",
    "plans ",
    "planned ",
    "intend",
    "aims ",
    "aim to ",
    "won't",
    "cannot ",
)

#: Words an English cue may begin with when it does not begin with its key.
EN_CUE_STARTS: Final[tuple[str, ...]] = (
    "has",
    "have",
    "had",
    "having",
    "hasn't",
    "haven't",
    "hadn't",
    "did",
    "does",
    "do",
    "didn't",
    "doesn't",
    "don't",
    "will",
    "won't",
    "wo",
    "would",
    "wouldn't",
    "could",
    "couldn't",
    "can",
    "can't",
    "cannot",
    "should",
    "may",
    "might",
    "must",
    "shall",
    "is",
    "are",
    "was",
    "were",
    "no",
    "there",
    "the",
    "a",
    "this",
    "that",
    "its",
    "their",
    "any",
    "stands",
    "stand",
    "stood",
    "remains",
    "remain",
    "remained",
    "said",
    "plans",
    "planned",
    "intends",
    "intend",
    "intended",
    "aims",
    "aim",
    "gave",
    "given",
    "took",
    "made",
    "reached",
)

#: Nouns and verbs (folded word beginnings) that make the object of ``discuss`` a matter to decide.
EN_DECISION_MATTERS: Final[tuple[str, ...]] = (
    "request",
    "proposal",
    "option",
    "possibilit",
    "project",
    "plan",
    "extension",
    "extend",
    "expan",
    "enlarg",
    "increas",
    "boost",
    "reduc",
    "withdraw",
    "deploy",
    "send",
    "mission",
    "future",
    "launch",
    "mandate",
    "fund",
    "creat",
    "response",
    "presence",
    "support",
    "timeline",
    "timetable",
    "contribution",
    "participation",
    "suspen",
    "resum",
    "offer",
    "membership",
    "accession",
    "agreement",
    "strategy",
    "strength",
    "troop",
    "decision",
    "bid",
    "end ",
    "ending",
    "drawdown",
    "role",
    "package",
    "scope",
    "size",
)

EN_MATTER_SKIP: Final = frozenset(
    "the a an its their our his her this that these those any possible potential new further future next other "
    "additional whether how to of on about nato's alliance's".split()
)

#: English deciding bodies, longest forms first. ``NAC`` in capitals only; ``we`` as written.
EN_BODIES: Final[tuple[str, ...]] = (
    r"(?:the\s+)?(?:(?:NATO|allied|alliance|the\s+alliance's|NATO's)\s+)?(?:defen[cs]e|foreign)\s+ministers"
    r"(?:\s+of\s+(?:NATO|the\s+(?:NATO\s+)?alliance|(?:the\s+)?(?:[\w-]+\s+)?(?:allied|member|NATO)\s+"
    r"(?:states|countries|nations)|(?:the\s+)?(?:[\w-]+\s+)?allies))?",
    r"(?:the\s+)?(?:(?:NATO|allied)\s+)?heads\s+of\s+state\s+and\s+government",
    r"(?:the\s+)?(?:NATO|allied|alliance)\s+leaders",
    r"(?:the\s+)?North\s+Atlantic\s+Council",
    r"(?:the\s+)?(?-i:NAC)(?!\w)",
    r"(?:the\s+)?(?-i:Council)(?!\w)",  # NATO releases: the North Atlantic Council named again
    r"(?:the\s+)?(?:NATO\s+)?summit(?!\w)",
    r"(?:the\s+)?(?:[\w-]+\s+)?(?:NATO\s+)?(?:member|allied)\s+(?:states|countries|nations)",
    r"(?:the\s+)?(?:[\w-]+\s+)?(?-i:Allies)(?!\w)",
    r"(?:the\s+)?allies(?!\w)",
    r"(?:NATO|the\s+(?:Atlantic\s+|NATO\s+)?Alliance|the\s+North\s+Atlantic\s+Treaty\s+Organi[sz]ation)(?!\w)",
    r"(?:the\s+)?(?:(?:Iraqi|U\.S\.|US|American|Belgian|Canadian|Danish|British|German|Italian|federal)\s+)?"
    r"government(?!\w)",
    r"we(?!\w)",
)

#: The words every English body ends with (its last word, as :data:`EN_BODIES` spell it, in lower
#: case): a cue with none of them just before it has no body before it. Keep them with the bodies.
EN_BODY_ENDS: Final = (
    "ministers",
    "nato",
    "alliance",
    "states",
    "countries",
    "nations",
    "allies",
    "government",
    "leaders",
    "council",
    "nac",
    "summit",
    "organisation",
    "organization",
    "we",
)

#: English puts no subject after a decision verb: no inversion.
EN_INVERSION_BEFORE: Final = r"(?!)"

EN_SUMMARY_STOPS: Final = (
    r"(?<![0-9]),|,(?![0-9])|[;:!?«»\"“”()\[\]\n]|(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bLt)(?<!\bGen)(?<!\bCol)(?<!\bSt)(?<!\b[A-Z])\."
    r"|(?<![\w'-])(?:in\s+order\s+to|so\s+that|so\s+as\s+to|during|as\s+part\s+of|because|while|whereas|although|"
    r"before|until|at\s+(?:a|the|their|its)\s+(?:meeting|summit|conference)|"
    r"according\s+to|following|said|says|told|announced|stated|added|(?:has|have|had)\s+said)(?!\w)"
)

EN_SUMMARY_LEADS: Final = (
    r"(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|finally|also|now|"
    r"therefore|unanimously|formally|in\s+principle)\s+){0,3}"
    r"(?:whether\s+(?:or\s+not\s+)?|how\s+)?(?:to\s+|that\s+|on\s+|upon\s+|whether\s+|about\s+|regarding\s+|concerning\s+|over\s+)?"
)

EN_CLAUSE_START: Final = r"[,;:«»\"“”(\n]|(?<![\w'])(?:that|which|said|says|announced|stated)\s+"
EN_DECISION_NOUN: Final = r"(?:the|a|this|that|any|no)\s+(?:final\s+|formal\s+|definitive\s+)?decision"
EN_TOPIC_LEAD: Final = (
    r"\s*(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)\s+)?"
    r"(?:to\s|on\s(?!\s*(?:\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|"
    r"july|august|september|october|november|december))|about\s|regarding\s|concerning\s|over\s)"
)


@attrs.frozen
class DecisionLexicon:
    """The cue tables and clause words of one language (:mod:`nato_iraq.extract.decisions`
    compiles one set of patterns per record; adding a language is adding a record)."""

    cues: tuple[CuePattern, ...]
    heads: dict[str, str]
    cue_keys: tuple[str, ...]
    cue_starts: tuple[str, ...]
    decision_matters: tuple[str, ...]
    matter_skip: frozenset[str]
    bodies: tuple[str, ...]
    adverbs: str
    inversion_before: str
    summary_stops: str
    summary_leads: str
    clause_start: str
    agent: str
    decision_noun: str
    topic_lead: str
    impersonal: frozenset[str]
    head_opens: dict[str, tuple[str, ...]] = attrs.field(factory=dict)
    """The words each head may begin with (:attr:`CuePattern.opens`); empty when the cues do
    not list their opening words, and every cue is tried at every candidate word."""
    body_ends: tuple[str, ...] = ()
    """The words every body ends with (:data:`EN_BODY_ENDS`); empty when not listed."""


FRENCH: Final = DecisionLexicon(
    cues=CUES,
    heads=HEADS,
    cue_keys=CUE_KEYS,
    cue_starts=CUE_STARTS,
    decision_matters=DECISION_MATTERS,
    matter_skip=MATTER_SKIP,
    bodies=BODIES,
    adverbs=ADVERBS,
    inversion_before=INVERSION_BEFORE,
    summary_stops=SUMMARY_STOPS,
    summary_leads=SUMMARY_LEADS,
    clause_start=CLAUSE_START,
    agent=AGENT,
    decision_noun=DECISION_NOUN,
    topic_lead=TOPIC_LEAD,
    impersonal=IMPERSONAL,
)

ENGLISH: Final = DecisionLexicon(
    cues=EN_CUES,
    heads=EN_HEADS,
    cue_keys=EN_CUE_KEYS,
    cue_starts=EN_CUE_STARTS,
    decision_matters=EN_DECISION_MATTERS,
    matter_skip=EN_MATTER_SKIP,
    bodies=EN_BODIES,
    adverbs=EN_ADVERBS,
    inversion_before=EN_INVERSION_BEFORE,
    summary_stops=EN_SUMMARY_STOPS,
    summary_leads=EN_SUMMARY_LEADS,
    clause_start=EN_CLAUSE_START,
    agent="by",
    decision_noun=EN_DECISION_NOUN,
    topic_lead=EN_TOPIC_LEAD,
    impersonal=frozenset({"it"}),
    head_opens=EN_HEAD_OPENS,
    body_ends=EN_BODY_ENDS,
)

#: Tables per language code.
LEXICONS: Final = MappingProxyType({"fr": FRENCH, "en": ENGLISH})


def for_language(language: str) -> DecisionLexicon:
    """The tables of *language*; French for any other code."""
    return LEXICONS.get(language, FRENCH)
