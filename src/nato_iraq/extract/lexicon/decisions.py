"""Decision verbs, status cues and deciding bodies, as French news and NATO releases write them.

Unlike the word lists of the other tables, verbs inflect, so the entries here are regular
expression fragments (matched case-insensitively on the normalised text, where apostrophes are
straight ``'``). Accented letters are written as classes (``d[ée]cid``) because wire copy drops
accents on capitals and careless copy drops them everywhere. Every fragment must stay linear:
no nested quantifiers, only bounded repetition.

Which cue gives which status follows the wording, not the outcome:

* ``TAKEN``: a perfect tense of a decision verb (``ont décidé``, ``a approuvé``, ``ont
  entériné``, ``ont donné leur feu vert``, ``la décision a été prise``).
* ``PLANNED``: a decision or launch announced for later or made conditional (``sera examinée``,
  ``pourrait être lancée``, ``devrait décider``, ``est prête à``), and ``va``/``vont`` + an action
  verb (``l'Otan va augmenter les effectifs``): the text presents the action as coming, even when
  the decision behind it was taken the same day.
* ``UNDER_CONSIDERATION``: deliberation without an outcome (``examinera``, ``réfléchira à``,
  ``discuteront``, ``étudie``, ``envisage``, ``entamer l'examen``).
* ``NOT_TAKEN``: an explicit negation (``n'a pas encore pris de décision``, ``aucune décision
  ne sera prise``, ``a refusé``).

A noun alone (``Conformément aux décisions des Alliés``, ``la demande``) is never a cue: it
reports no act of deciding.
"""

from typing import Final, Literal

import attrs

from ...model import DecisionStatus

__all__ = ["ADVERBS", "BODIES", "CUES", "INVERSION_BEFORE", "SUMMARY_LEADS", "SUMMARY_STOPS", "CuePattern"]

SummaryMode = Literal["object", "subject", "action"]
BodySide = Literal["subject", "agent"]


@attrs.frozen
class CuePattern:
    """One way of saying where a decision stands.

    ``summary`` says where the decided matter is: ``object`` after the cue (``ont décidé
    d'élargir ...``), ``subject`` before it (``cette demande sera examinée``), ``action`` from the
    group named ``act`` inside the cue (``va augmenter les effectifs``). ``body`` says where the
    decider is: the grammatical ``subject`` before the cue, or the ``agent`` after ``par`` in a
    passive.
    """

    status: DecisionStatus
    pattern: str
    summary: SummaryMode = "object"
    body: BodySide = "subject"


#: Adverbs and time words that may sit inside a verb group (``ont donc finalement décidé``,
#: ``va considérablement augmenter``, ``a décidé jeudi``).
ADVERBS: Final = (
    r"(?:(?:d[ée]j[aà]|donc|finalement|officiellement|formellement|aussi|[ée]galement|enfin|unanimement|"
    r"bien|encore|d[ée]sormais|bient[ôo]t|prochainement|rapidement|progressivement|consid[ée]rablement|"
    r"sensiblement|largement|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd'hui|"
    r"ainsi|toutefois|cependant|vraisemblablement|probablement|sans\s+doute)\s+){0,3}"
)

_A = ADVERBS
_TAKEN_PARTICIPLES = (
    r"(?:d[ée]cid[ée]|approuv[ée]|adopt[ée]|ent[ée]rin[ée]|valid[ée]|avalis[ée]|autoris[ée]|accept[ée]|"
    r"d[ée]cr[ée]t[ée]|act[ée]|tranch[ée]|ratifi[ée])"
)
_FUTURE_PARTICIPLES = (
    r"(?:examin[ée]|lanc[ée]|approuv[ée]|d[ée]cid[ée]|soumis|adopt[ée]|discut[ée]|[ée]tudi[ée]|"
    r"pr[ée]sent[ée]|ent[ée]rin[ée]|d[ée]ploy[ée]|valid[ée]|officialis[ée]|cr[ée][ée]|mis\s+en\s+place|"
    r"[ée]largi|renforc[ée]|[ée]tendu|autoris[ée]|annonc[ée]|tranch[ée])e?s?"
)
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

#: Status cues, tried in this order at each position (negations first, so ``n'a pas décidé``
#: is never read as ``a décidé``).
CUES: Final[tuple[CuePattern, ...]] = (
    # --- NOT_TAKEN ---------------------------------------------------------------------------
    CuePattern(
        DecisionStatus.NOT_TAKEN,
        r"n'" + _HAVE + r"\s+(?:toujours\s+)?(?:pas|jamais)\s+(?:encore\s+)?"
        r"(?:pris\s+(?:de|la\s+moindre|aucune)\s+d[ée]cision(?:\s+(?:finale|d[ée]finitive|formelle|officielle))?"
        r"|" + _TAKEN_PARTICIPLES + r"|donn[ée]\s+(?:son|leur|notre)\s+(?:feu\s+vert|accord|aval))",
    ),
    CuePattern(
        DecisionStatus.NOT_TAKEN,
        r"aucune\s+d[ée]cision(?:\s+(?:finale|d[ée]finitive|formelle))?\s+(?:n'|ne\s+)(?:a|sera|est|avait|serait)\s+"
        r"(?:encore\s+)?(?:[ée]t[ée]\s+)?(?:prise|arr[êe]t[ée]e)",
        summary="subject",
    ),
    CuePattern(DecisionStatus.NOT_TAKEN, r"n'y\s+a\s+(?:toujours\s+)?pas\s+(?:encore\s+)?de\s+d[ée]cision"),
    CuePattern(DecisionStatus.NOT_TAKEN, r"ne\s+(?:s'est|se\s+sont)\s+pas\s+(?:encore\s+)?prononc[ée]e?s?"),
    CuePattern(
        DecisionStatus.NOT_TAKEN,
        r"(?:n'est|ne\s+sont)\s+pas\s+(?:encore\s+)?(?:d[ée]cid[ée]|tranch[ée]|arr[êe]t[ée])e?s?",
        summary="subject",
    ),
    CuePattern(DecisionStatus.NOT_TAKEN, _HAVE + r"\s+" + _A + r"(?:refus[ée]|rejet[ée]|d[ée]clin[ée]|[ée]cart[ée])"),
    # --- TAKEN: passives first --------------------------------------------------------------
    CuePattern(
        DecisionStatus.TAKEN,
        r"(?:la|une|cette)\s+d[ée]cision\s+(?:a|avait)\s+[ée]t[ée]\s+" + _A + r"prise",
        summary="subject",
        body="agent",
    ),
    CuePattern(
        DecisionStatus.TAKEN,
        r"(?:a|ont|avait|avaient)\s+[ée]t[ée]\s+" + _A + _TAKEN_PARTICIPLES + r"e?s?",
        summary="subject",
        body="agent",
    ),
    # --- PLANNED: passives and modals before the plain perfect -------------------------------
    CuePattern(
        DecisionStatus.PLANNED, r"(?:sera|seront)\s+" + _A + _FUTURE_PARTICIPLES, summary="subject", body="agent"
    ),
    CuePattern(
        DecisionStatus.PLANNED,
        _MODALS + r"\s+" + _A + r"[êe]tre\s+" + _A + _FUTURE_PARTICIPLES,
        summary="subject",
        body="agent",
    ),
    CuePattern(
        DecisionStatus.UNDER_CONSIDERATION,
        _MODALS
        + r"\s+"
        + _A
        + r"(?:examiner|[ée]tudier|discuter|r[ée]fl[ée]chir\s+(?:[àa]|sur)|envisager|d[ée]battre)",
    ),
    CuePattern(DecisionStatus.PLANNED, _MODALS + r"\s+" + _A + _DECISION_INFINITIVES),
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
        r"(?:la|une)\s+d[ée]cision(?:\s+(?:finale|d[ée]finitive|formelle))?\s+(?:est|serait|devrait\s+[êe]tre)\s+"
        + _A
        + r"(?:attendue|pr[ée]vue|programm[ée]e)(?!\w)",
        summary="subject",
    ),
    # --- TAKEN: active --------------------------------------------------------------------
    CuePattern(
        DecisionStatus.TAKEN,
        _HAVE + r"\s+" + _A + r"(?:donn[ée]|accord[ée])\s+(?:son|leur|notre)\s+(?:feu\s+vert|accord|aval|approbation)",
    ),
    CuePattern(
        DecisionStatus.TAKEN,
        _HAVE + r"\s+" + _A + r"pris\s+(?:la|une|cette)\s+d[ée]cision",
    ),
    CuePattern(DecisionStatus.TAKEN, _HAVE + r"\s+" + _A + r"(?:" + _TAKEN_PARTICIPLES + r"|convenu)(?!\w)"),
    CuePattern(DecisionStatus.TAKEN, r"(?:sont|se\s+sont|nous\s+sommes)\s+" + _A + r"(?:convenus|mis\s+d'accord)"),
    CuePattern(DecisionStatus.TAKEN, r"(?:d[ée]cident|d[ée]cide|approuvent|adoptent|ent[ée]rinent)(?!\w)"),
    # --- UNDER_CONSIDERATION --------------------------------------------------------------
    CuePattern(
        DecisionStatus.UNDER_CONSIDERATION,
        r"r[ée]fl[ée]chi(?:t|ssent|ra|ront|ssait|ssaient|r)\s+(?:[àa]|sur)"
        r"|entam(?:er|era|eront|ent|e)\s+l'examen"
        r"|se\s+pench(?:e|ent|era|eront|er)\s+sur",
    ),
    CuePattern(
        DecisionStatus.UNDER_CONSIDERATION,
        r"(?:examin|discut|[ée]tudi|[ée]valu)(?:e|ent|era|eront|ait|aient)(?!\w)"
        r"|envisag(?:e|ent|eait|eaient|era|eront)(?!\w)|d[ée]batt(?:ent|ra|ront|ait|aient)(?!\w)",
    ),
    CuePattern(
        DecisionStatus.UNDER_CONSIDERATION, _HAVE + r"\s+" + _A + r"(?:discut[ée]|d[ée]battu|envisag[ée])(?!\w)"
    ),
    CuePattern(
        DecisionStatus.UNDER_CONSIDERATION,
        r"(?:est|sont)\s+(?:toujours\s+|encore\s+)?(?:[àa]\s+l'[ée]tude|envisag[ée]e?s?|en\s+discussion|"
        r"en\s+cours\s+d'examen|examin[ée]e?s?)(?!\w)",
        summary="subject",
    ),
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
