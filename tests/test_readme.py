"""The README stays true: its settings table and its two commands."""

import json
import re
from pathlib import Path

from eventwire.settings import SETTINGS

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_settings_table_lists_every_setting_with_its_default():
    table = README[README.index("| setting | default |") :].split("\n\n", 1)[0]
    rows = dict(re.findall(r"^\| `(\w+)` \| `(.*?)` \|", table, flags=re.M))
    for setting in SETTINGS:
        assert setting.name in rows, f"README's settings table lacks {setting.name}"
        default = list(setting.default) if isinstance(setting.default, tuple) else setting.default
        assert rows[setting.name] == json.dumps(default), setting.name
    assert set(rows) <= {s.name for s in SETTINGS}, "README lists a setting that does not exist"


def test_readme_commands_are_make_targets():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in ("demo", "test"):
        assert f"make {target}" in README
        assert re.search(rf"^{target}:", makefile, flags=re.M)
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
