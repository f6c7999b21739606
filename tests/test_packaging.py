"""The public API imports, and the installed package carries its data and type marker."""

import subprocess
import sys
from importlib import resources

import nato_iraq


def test_every_name_in_all_imports():
    assert nato_iraq.__all__ == sorted(nato_iraq.__all__, key=lambda n: (not n.isupper(), n))
    for name in nato_iraq.__all__:
        assert getattr(nato_iraq, name) is not None, name


def test_version_comes_from_metadata():
    from importlib.metadata import version

    assert nato_iraq.__version__ == version("nato-iraq")


def test_installed_package_holds_every_seed_byte_for_byte(seed_dir):
    packaged = resources.files("nato_iraq").joinpath("seeds")
    names = sorted(p.name for p in seed_dir.glob("*.txt"))
    assert len(names) == 5
    if packaged.is_dir():  # a wheel install; an editable install reads the checkout's copy
        assert sorted(e.name for e in packaged.iterdir() if e.name.endswith(".txt")) == names
        for name in names:
            assert packaged.joinpath(name).read_bytes() == (seed_dir / name).read_bytes()


def test_py_typed_ships():
    assert resources.files("nato_iraq").joinpath("py.typed").is_file()


def test_import_parses_nothing_and_load_parses_once():
    code = (
        "import nato_iraq, nato_iraq.loading as l; assert l._BUNDLED is None; "
        "c = nato_iraq.load(); assert nato_iraq.load() is c and l._BUNDLED is c; print(len(c.documents))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "5"
