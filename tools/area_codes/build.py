#!/usr/bin/env python3
"""Writes crates/facts/data/us_area_codes.tsv: each US telephone area code with its state.

A local report's tip line ("call 302-576-0000") tells which state its police are in. The
area codes and their states are public facts of the North American Numbering Plan; we read
them from the geocoding data shipped in the `phonenumbers` package (Apache-2.0, a port of
Google's libphonenumber), which names a state, or "City, ST", for each number prefix.

An area code is kept when every sampled exchange of it geocodes to one US state (overlays
and codes of one state only); toll-free and non-geographic codes geocode to nothing and are
left out. Usage: python build.py [--out PATH] [--date YYYY-MM-DD]
"""
import argparse
import datetime
from importlib.metadata import version
from pathlib import Path

import phonenumbers
from phonenumbers import geocoder

ROOT = Path(__file__).resolve().parents[2]
STATES_TSV = ROOT / "crates/facts/data/us_states.tsv"
# Exchanges sampled per area code: spread over the range so that a code whose prefixes the
# data splits between places is seen in several of them.
EXCHANGES = (201, 234, 345, 456, 555, 622, 789, 910)


def states() -> tuple[dict[str, str], set[str]]:
    """Postal code -> full name, and the set of full names, from our state table."""
    by_postal, names = {}, set()
    for line in STATES_TSV.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        name, postal = line.split("\t")[:2]
        by_postal[postal] = name
        names.add(name)
    return by_postal, names


def state_of(description: str, by_postal: dict[str, str], names: set[str]) -> str | None:
    if description in names:
        return description
    if description.startswith("Washington D") or description == "Washington, DC":
        return "District of Columbia"
    if ", " in description:
        tail = description.rsplit(", ", 1)[1]
        return by_postal.get(tail)
    return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(ROOT / "crates/facts/data/us_area_codes.tsv"))
    ap.add_argument("--date", default=datetime.date.today().isoformat())
    args = ap.parse_args()
    by_postal, names = states()
    rows, mixed = [], []
    for code in range(200, 1000):
        seen = set()
        for exchange in EXCHANGES:
            number = phonenumbers.parse(f"+1{code}{exchange}0100")
            if phonenumbers.region_code_for_number(number) != "US":
                continue
            state = state_of(geocoder.description_for_number(number, "en"), by_postal, names)
            if state:
                seen.add(state)
        if len(seen) == 1:
            rows.append((code, seen.pop()))
        elif seen:
            mixed.append((code, sorted(seen)))
    header = (
        f"# us_area_codes.tsv: area_code<TAB>state full name ({len(rows)} US area codes of one "
        f"state). Built {args.date} by tools/area_codes/build.py from phonenumbers "
        f"{version('phonenumbers')} (Apache-2.0) geocoding data."
    )
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write(header + "\n")
        for code, state in rows:
            f.write(f"{code}\t{state}\n")
    print(f"wrote {len(rows)} area codes to {args.out}")
    for code, seen in mixed:
        print(f"left out {code}: geocodes to {', '.join(seen)}")


if __name__ == "__main__":
    main()
