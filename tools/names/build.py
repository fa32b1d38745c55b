#!/usr/bin/env python3
"""Build storyfold's embedded US first- and last-name lists from the PyPI package `names`.

Outputs (UTF-8, LF line endings, first line a single `#` comment, no other comments):

  first_names.tsv  name_lowercase<TAB>gender(m|f)<TAB>frequency_percent
                   one row per first name in either 1990 list, sorted by name
  last_names.txt   one lowercased last name per line: the 20,000 most frequent,
                   in the Census's rank order (most frequent first)

Source: the `names` package (pinned in requirements.txt) ships the US Census
Bureau's 1990 name-frequency files unchanged. Each line is

  NAME  FREQ_PERCENT  CUMULATIVE_PERCENT  RANK

with NAME in upper case, whitespace-separated and ranked by frequency:

  dist.male.first    1,219 male first names   (percent of the male sample)
  dist.female.first  4,275 female first names (percent of the female sample)
  dist.all.last      88,799 last names        (percent of the whole sample)

The data are US government works and in the public domain. Nothing is
downloaded at build time.

first_names.tsv: a name in both lists (331 of them) gets the gender whose
frequency is higher, and that frequency; on an exact tie (ARIEL, HONG, KRIS)
it gets `f`, since in 1990 women outnumbered men, so an equal percentage
means more women. The frequency is written exactly as the Census printed it
(percent, three decimals).

Usage:
  python build.py                 # writes into ../../crates/facts/data
  python build.py --out-dir DIR   # writes somewhere else
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import re
from decimal import Decimal
from pathlib import Path

import names

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE.parent.parent / "crates" / "facts" / "data"
PKG_DIR = Path(names.__file__).resolve().parent

LAST_NAMES_KEPT = 20_000

# SHA-256 of the Census files as shipped in names 0.3.0. A different package
# version with different data should be a deliberate change: update these and
# the pin in requirements.txt together.
EXPECTED_SHA256 = {
    "dist.male.first": "0a5078ef6effe3b483d15b0f7f95047662126c9bfb624ecd5e5b978fc0f2470b",
    "dist.female.first": "bd2f310fc4e5d5e5ea122c9d4342c9821145823118eb20db1647f305ec77b358",
    "dist.all.last": "b0e2b3743ccbad641ca48b344c24cdebcd1d9a1f76dc6dbf05986f2919f0b4e1",
}

LINE_RE = re.compile(r"^([A-Z]+) +(\d+\.\d{3}) +(\d+\.\d{3}) +(\d+)$")
LICENCE = "Public domain (US Census Bureau, 1990 Census name files)"


def read_census(filename: str) -> list[tuple[str, str]]:
    """Return [(NAME, freq_percent_string)] in file (rank) order, checking the format."""
    path = PKG_DIR / filename
    raw = path.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    if digest != EXPECTED_SHA256[filename]:
        raise SystemExit(f"{path}: sha256 {digest} is not the expected "
                         f"{EXPECTED_SHA256[filename]}; see EXPECTED_SHA256 in build.py")
    rows = []
    seen = set()
    for lineno, line in enumerate(raw.decode("ascii").splitlines(), 1):
        m = LINE_RE.match(line.rstrip())
        if not m:
            raise SystemExit(f"{path}:{lineno}: unexpected line {line!r}")
        name, freq, _cum, rank = m.groups()
        if int(rank) != lineno:
            raise SystemExit(f"{path}:{lineno}: rank {rank} out of order")
        if name in seen:
            raise SystemExit(f"{path}:{lineno}: duplicate name {name}")
        seen.add(name)
        rows.append((name, freq))
    return rows


def write_lines(path: Path, header: str, lines: list[str]) -> None:
    text = header + "\n" + "".join(line + "\n" for line in lines)
    path.write_bytes(text.encode("utf-8"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out-dir", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args()
    args.out_dir.mkdir(parents=True, exist_ok=True)

    version = importlib.metadata.version("names")
    src = f"PyPI package names {version}"

    # First names: merge the two lists, keeping the gender with the higher
    # frequency (ties go to f, see the module docstring).
    best: dict[str, tuple[str, str]] = {}
    for gender, filename in (("f", "dist.female.first"), ("m", "dist.male.first")):
        for name, freq in read_census(filename):
            key = name.lower()
            if key not in best or Decimal(freq) > Decimal(best[key][1]):
                best[key] = (gender, freq)
    first_rows = [f"{n}\t{g}\t{f}" for n, (g, f) in sorted(best.items())]
    header = (
        "# first_names.tsv: name_lowercase<TAB>gender(m|f)<TAB>frequency_percent, sorted by name. "
        f"Built by tools/names/build.py from {src} (dist.male.first, dist.female.first). "
        "A name in both lists gets the gender with the higher frequency and that frequency "
        "(percent of that sex, ties to f). "
        f"Licence: {LICENCE}."
    )
    write_lines(args.out_dir / "first_names.tsv", header, first_rows)
    print(f"first_names.tsv: {len(first_rows)} names")

    # Last names: the top LAST_NAMES_KEPT by Census rank.
    last = read_census("dist.all.last")[:LAST_NAMES_KEPT]
    header = (
        f"# last_names.txt: the {len(last)} most frequent US last names, lowercased, one per line, "
        f"most frequent first (Census rank order). Built by tools/names/build.py from {src} "
        f"(dist.all.last). Licence: {LICENCE}."
    )
    write_lines(args.out_dir / "last_names.txt", header, [n.lower() for n, _ in last])
    print(f"last_names.txt: {len(last)} names")


if __name__ == "__main__":
    main()
