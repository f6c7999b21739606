"""Sphinx configuration for the nato_iraq documentation."""

import os
from importlib.metadata import version as _version

project = "nato_iraq"
author = "The nato_iraq developers"
copyright = "2026, The nato_iraq developers"
release = _version("nato-iraq")
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.intersphinx",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
]

source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
exclude_patterns = ["_build"]
myst_enable_extensions = ["colon_fence"]
myst_heading_anchors = 3

html_theme = "furo"
html_title = "nato_iraq"

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_typehints_format = "short"
autodoc_default_options = {"exclude-members": "__init__, __new__"}
napoleon_google_docstring = True
napoleon_numpy_docstring = False

# Cross-links to Python, attrs, cattrs and Hypothesis. CI builds offline, where fetching the
# inventories would fail (and fail the -W build), so they are used only when
# NATO_IRAQ_DOCS_ONLINE is set, or on Read the Docs (which sets READTHEDOCS). Offline, references
# to those projects render as plain names instead of links.
_ONLINE = bool(os.environ.get("NATO_IRAQ_DOCS_ONLINE") or os.environ.get("READTHEDOCS"))
intersphinx_mapping = (
    {
        "python": ("https://docs.python.org/3", None),
        "attrs": ("https://www.attrs.org/en/stable/", None),
        "cattrs": ("https://catt.rs/en/stable/", None),
        "hypothesis": ("https://hypothesis.readthedocs.io/en/latest/", None),
    }
    if _ONLINE
    else {}
)

doctest_global_setup = """
import nato_iraq
from nato_iraq import *  # noqa: F403 - docstring examples use the public names bare
"""

nitpicky = True
nitpick_ignore = [
    ("py:class", "nato_iraq.corpus.T"),
    ("py:class", "nato_iraq.serialization.T"),
    # a recursive type alias: documented with autodata, which class references do not find
    ("py:class", "JSONValue"),
]
# Offline, objects of other projects cannot be resolved; our own references are still checked.
nitpick_ignore_regex = (
    []
    if _ONLINE
    else [
        ("py:.*", r"(datetime|pathlib|os|typing|collections|enum|re|io|json|threading|importlib|concurrent)\..*"),
        ("py:.*", r"(attrs|attr|cattrs|hypothesis)\..*"),
        (
            "py:.*",
            r"(str|int|bool|bytes|tuple|list|dict|object|type|float|None|Exception|ValueError|"
            r"OSError|LookupError|FileNotFoundError|UnicodeError|UserWarning|TextIO|Any|T|Literal)",
        ),
    ]
)
