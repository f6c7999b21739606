"""The documentation covers the public API and every code example in it is a doctest that runs.

CI builds the Sphinx site and runs its doctest builder; these tests catch the same drift in a
plain ``pytest`` run: a public name missing from the API reference, an example fenced so that
Sphinx would show it without running it, or an example whose output no longer matches.
"""

import doctest
import os
import re
import runpy
from dataclasses import dataclass
from pathlib import Path

import pytest

import nato_iraq

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
PAGES = sorted(DOCS.glob("*.md"))
# The flags Sphinx's doctest builder uses by default (``doctest_default_flags``).
#: First line of a ```python block that may stay untested, with the reason after the colon.
SKETCH = "# Not executed in CI:"
FLAGS = doctest.ELLIPSIS | doctest.IGNORE_EXCEPTION_DETAIL | doctest.DONT_ACCEPT_TRUE_FOR_1


@dataclass
class Block:
    page: str
    line: int
    info: str
    text: str


_FENCE = re.compile(r"^(?P<indent> {0,3})(?P<fence>`{3,}|~{3,}|:{3,})(?P<info>[^\n]*)$")


def blocks(path: Path) -> tuple[list[Block], list[tuple[int, str]]]:
    """The fenced blocks of a MyST page, and the lines that lie outside every fence."""
    found: list[Block] = []
    outside: list[tuple[int, str]] = []
    lines = path.read_text(encoding="utf-8").splitlines()
    index = 0
    while index < len(lines):
        match = _FENCE.match(lines[index])
        if match is None:
            outside.append((index + 1, lines[index]))
            index += 1
            continue
        fence = match.group("fence")
        start = index
        body: list[str] = []
        index += 1
        while index < len(lines):
            close = _FENCE.match(lines[index])
            fence_closes = close and close.group("fence")[0] == fence[0] and len(close.group("fence")) >= len(fence)
            if fence_closes and not close.group("info").strip():
                break
            body.append(lines[index])
            index += 1
        found.append(Block(path.name, start + 1, match.group("info").strip(), "\n".join(body) + "\n"))
        index += 1
    return found, outside


def _is_doctest(block: Block) -> bool:
    return block.info.split()[:1] == ["{doctest}"]


# --- the API reference ------------------------------------------------------------------------------


def test_every_public_name_is_in_the_api_reference():
    api = (DOCS / "api.rst").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\.\. (?:auto)?(?:py:)?(?:function|class|exception|data)::\s+(\S+)", api, re.M))
    missing = [name for name in nato_iraq.__all__ if name not in documented]
    assert missing == [], f"add to docs/api.rst: {missing}"


def test_the_api_reference_documents_only_what_exists():
    api = (DOCS / "api.rst").read_text(encoding="utf-8")
    module = "nato_iraq"
    for line in api.splitlines():
        if line.startswith((".. module::", ".. automodule::")):
            module = line.split("::", 1)[1].strip()
            continue
        match = re.match(r"\.\. (?:auto)?(?:py:)?(?:function|class|exception|data)::\s+(\S+)", line)
        if match:
            name = match.group(1)
            owner, _, attribute = name.rpartition(".") if "." in name else (module, "", name)
            imported = __import__(owner, fromlist=[attribute])
            assert hasattr(imported, attribute), f"docs/api.rst documents {owner}.{attribute}, which does not exist"


# --- every example is a doctest ---------------------------------------------------------------------


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_code_examples_are_doctests(page):
    found, outside = blocks(page)
    for block in found:
        language = block.info.split()[0].lower() if block.info else ""
        if language == "python" and block.text.startswith(SKETCH):
            # the one exemption, said on the page: code that needs software the project does not
            # install (a Dask or Spark cluster); it must still not pretend to show output
            assert ">>>" not in block.text
            continue
        assert language not in {"python", "py", "python3", "pycon", "ipython", "{code-block}", "{code}"}, (
            f"{page.name}:{block.line}: a {block.info!r} block is shown but never run; make it a {{doctest}}"
        )
        if _is_doctest(block):
            assert ">>> " in block.text, f"{page.name}:{block.line}: an empty doctest block"
        elif language != "{include}":
            assert ">>>" not in block.text, f"{page.name}:{block.line}: '>>>' outside a {{doctest}} block"
            assert language in {"sh", "console", "text", "json", "{toctree}"}, (
                f"{page.name}:{block.line}: unexpected block {block.info!r}"
            )
    for number, line in outside:
        assert ">>>" not in line, f"{page.name}:{number}: '>>>' outside a {{doctest}} block (an indented code block?)"


def test_rst_pages_have_no_untested_examples():
    for page in sorted(DOCS.glob("*.rst")):
        text = page.read_text(encoding="utf-8")
        assert ".. code-block:: python" not in text
        assert ".. code:: python" not in text
        # '>>>' appears only in doctest directives
        for chunk in re.split(r"\n(?=\S)", text):
            if ">>>" in chunk:
                assert chunk.lstrip().startswith(".. doctest::"), f"{page.name}: untested example\n{chunk}"


def test_narrative_pages_are_in_the_toctree_and_have_runnable_examples():
    index = (DOCS / "index.md").read_text(encoding="utf-8")
    for page in [*PAGES, *DOCS.glob("*.rst")]:
        if page.stem != "index":
            assert re.search(rf"^{page.stem}$", index, re.M), f"{page.name} is not in docs/index.md's toctree"
    for name in ("quickstart", "tutorial", "loading", "model", "serialization", "testing", "cli"):
        found, _ = blocks(DOCS / f"{name}.md")
        assert sum(_is_doctest(b) for b in found) >= 2, f"{name}.md has (almost) no runnable example"


def test_intersphinx_is_off_offline():
    """CI builds offline: conf.py must not fetch inventories unless asked to."""
    saved = {key: os.environ.pop(key) for key in ("NATO_IRAQ_DOCS_ONLINE", "READTHEDOCS") if key in os.environ}
    try:
        conf = runpy.run_path(str(DOCS / "conf.py"))
    finally:
        os.environ.update(saved)
    assert conf["intersphinx_mapping"] == {}
    assert "sphinx.ext.doctest" in conf["extensions"]
    assert conf["nitpicky"] is True


# --- and the doctests pass -------------------------------------------------------------------------------


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_page_doctests_pass(page):
    """Run a page's {doctest} blocks in order, in one namespace, as Sphinx's doctest builder does."""
    found = [b for b in blocks(page)[0] if _is_doctest(b)]
    if not found:
        pytest.skip("no doctest on this page")
    setup = runpy.run_path(str(DOCS / "conf.py"))["doctest_global_setup"]
    namespace: dict[str, object] = {"__name__": f"docs.{page.stem}"}
    exec(setup, namespace)
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    report: list[str] = []
    for block in found:
        test = parser.get_doctest(block.text, namespace, f"{page.name}:{block.line}", str(page), block.line)
        test.globs = namespace  # share one namespace across blocks (get_doctest copies it)
        runner.run(test, out=report.append, clear_globs=False)
    assert runner.failures == 0, "".join(report)
    assert runner.tries >= len(found)


def test_the_typed_usage_example_runs():
    """tests/typing/usage.py is type-checked in CI (mypy --strict); it must also be true when run."""
    runpy.run_path(str(ROOT / "tests" / "typing" / "usage.py"), run_name="__main__")
