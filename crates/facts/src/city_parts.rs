//! Parts of two cities that the place rules cannot read from the gazetteer alone.
//!
//! - New York City's five boroughs. Incident trackers file New York incidents under the
//!   borough ("Brooklyn", "Bronx"; Manhattan under its postal city, "New York"), and the
//!   gazetteer's New York City has no county, so a report placed in "New York City" and one
//!   placed in a neighborhood could not be told to be in one borough. Each borough is its own
//!   county (Kings, Queens, Bronx, New York, Richmond), so any place of those counties is
//!   reported as its borough.
//! - The city's best-known neighborhoods, which the gazetteer lacks or holds only as
//!   namesakes elsewhere ("Elmhurst" is a city in Illinois and a neighborhood of Queens;
//!   "Norwood" a village upstate and a neighborhood of the Bronx). They are read only in a
//!   report about New York City ([`in_new_york_city`]).
//! - Washington, D.C., written as "D.C." alone ("D.C. police") or by its quadrants
//!   ("in Northeast Washington"), which the rules read as the state of Washington or not at all.
//!
//! The lists are ours (borough of each neighborhood: common geographic knowledge); written
//! by hand because no crate holds them and the gazetteer's sources do not.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};
use regex::Regex;

/// A New York City borough: how reports write it, its name in the gazetteer, its county,
/// and the city an incident in it is filed under.
pub struct Borough {
    pub written: &'static str,
    pub gazetteer: &'static str,
    pub county: &'static str,
    pub city: &'static str,
}

pub const BOROUGHS: [Borough; 5] = [
    Borough {
        written: "Brooklyn",
        gazetteer: "Brooklyn",
        county: "Kings County",
        city: "Brooklyn",
    },
    Borough {
        written: "Queens",
        gazetteer: "Queens",
        county: "Queens County",
        city: "Queens",
    },
    Borough {
        written: "Bronx",
        gazetteer: "The Bronx",
        county: "Bronx County",
        city: "Bronx",
    },
    Borough {
        written: "Manhattan",
        gazetteer: "Manhattan",
        county: "New York County",
        city: "New York",
    },
    Borough {
        written: "Staten Island",
        gazetteer: "Staten Island",
        county: "Richmond County",
        city: "Staten Island",
    },
];

const BROOKLYN: usize = 0;
const QUEENS: usize = 1;
const BRONX: usize = 2;
const MANHATTAN: usize = 3;
const STATEN_ISLAND: usize = 4;

/// Neighborhoods and the borough each is in.
const NEIGHBORHOODS: &[(&str, usize)] = &[
    ("Bedford-Stuyvesant", BROOKLYN),
    ("Bed-Stuy", BROOKLYN),
    ("Bensonhurst", BROOKLYN),
    ("Borough Park", BROOKLYN),
    ("Brownsville", BROOKLYN),
    ("Bushwick", BROOKLYN),
    ("Canarsie", BROOKLYN),
    ("Coney Island", BROOKLYN),
    ("Crown Heights", BROOKLYN),
    ("Cypress Hills", BROOKLYN),
    ("East Flatbush", BROOKLYN),
    ("East New York", BROOKLYN),
    ("Flatbush", BROOKLYN),
    ("Flatlands", BROOKLYN),
    ("Fort Greene", BROOKLYN),
    ("Gravesend", BROOKLYN),
    ("Greenpoint", BROOKLYN),
    ("Midwood", BROOKLYN),
    ("Park Slope", BROOKLYN),
    ("Red Hook", BROOKLYN),
    ("Sheepshead Bay", BROOKLYN),
    ("Sunset Park", BROOKLYN),
    ("Williamsburg", BROOKLYN),
    ("Astoria", QUEENS),
    ("Corona", QUEENS),
    ("East Elmhurst", QUEENS),
    ("Elmhurst", QUEENS),
    ("Far Rockaway", QUEENS),
    ("Flushing", QUEENS),
    ("Hollis", QUEENS),
    ("Jackson Heights", QUEENS),
    ("Jamaica", QUEENS),
    ("Long Island City", QUEENS),
    ("Ozone Park", QUEENS),
    ("Queens Village", QUEENS),
    ("Richmond Hill", QUEENS),
    ("South Jamaica", QUEENS),
    ("South Ozone Park", QUEENS),
    ("Springfield Gardens", QUEENS),
    ("St. Albans", QUEENS),
    ("Woodside", QUEENS),
    ("Castle Hill", BRONX),
    ("Co-op City", BRONX),
    ("Fordham", BRONX),
    ("Highbridge", BRONX),
    ("Hunts Point", BRONX),
    ("Kingsbridge", BRONX),
    ("Morrisania", BRONX),
    ("Mott Haven", BRONX),
    ("Norwood", BRONX),
    ("Parkchester", BRONX),
    ("Soundview", BRONX),
    ("Throggs Neck", BRONX),
    ("Tremont", BRONX),
    ("Wakefield", BRONX),
    ("Williamsbridge", BRONX),
    ("Chelsea", MANHATTAN),
    ("East Harlem", MANHATTAN),
    ("East Village", MANHATTAN),
    ("Harlem", MANHATTAN),
    ("Hell's Kitchen", MANHATTAN),
    ("Inwood", MANHATTAN),
    ("Lower East Side", MANHATTAN),
    ("Midtown", MANHATTAN),
    ("Times Square", MANHATTAN),
    ("Washington Heights", MANHATTAN),
    ("Mariners Harbor", STATEN_ISLAND),
    ("Port Richmond", STATEN_ISLAND),
    ("Stapleton", STATEN_ISLAND),
    ("St. George", STATEN_ISLAND),
    ("Tompkinsville", STATEN_ISLAND),
];

/// Boroughs and neighborhoods as written, with the borough each names.
static PARTS: LazyLock<(AhoCorasick, Vec<usize>)> = LazyLock::new(|| {
    let mut names: Vec<&str> = BOROUGHS.iter().map(|b| b.written).collect();
    let mut borough: Vec<usize> = (0..BOROUGHS.len()).collect();
    for (n, b) in NEIGHBORHOODS {
        names.push(n);
        borough.push(*b);
    }
    let ac = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(names)
        .expect("borough automaton");
    (ac, borough)
});

/// Words that name New York City itself or its police: a report that uses one is about the
/// city, so its boroughs and neighborhoods are read as the city's.
static CITY_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:NYPD|N\.Y\.P\.D\.|New York City|NYC|New York Police Department|New York police|the Bronx|Staten Island|Kings County|Queens County)\b").unwrap()
});

/// Does the text (a report's sentences, its dateline and headline) speak of New York City?
/// `state_new_york` says whether the report is otherwise placed in New York State (the
/// state named, a dateline, the outlet's home).
pub fn in_new_york_city<'a>(
    texts: impl IntoIterator<Item = &'a str>,
    state_new_york: bool,
) -> bool {
    state_new_york || texts.into_iter().any(|t| CITY_WORDS.is_match(t))
}

/// The boroughs a sentence names, by name or by a neighborhood's name: (borough, byte
/// offset). A name followed by another capitalised word is
/// part of a longer name ("Brooklyn Park", "Queens College", "Harlem Globetrotters") and
/// does not count, nor does one after a capitalised word ("Lake Flushing"; a comma ends the
/// name before it: "East Elmhurst, Queens").
pub fn boroughs_in(sentence: &str) -> Vec<(&'static Borough, usize)> {
    let (ac, borough) = &*PARTS;
    let bytes = sentence.as_bytes();
    ac.find_iter(sentence)
        .filter(|m| {
            let before_ok = m.start() == 0 || !bytes[m.start() - 1].is_ascii_alphanumeric();
            let after_ok = bytes
                .get(m.end())
                .is_none_or(|c| !c.is_ascii_alphanumeric());
            before_ok && after_ok
        })
        .filter(|m| {
            let next = sentence[m.end()..].trim_start_matches(['\'', '’', 's']);
            let next_word = next.strip_prefix(' ').and_then(|r| r.split(' ').next());
            !next_word.is_some_and(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
        })
        .filter(|m| {
            let prev = sentence[..m.start()].trim_end();
            let prev_word = prev.rsplit(' ').next().unwrap_or("");
            // The first word of a sentence is capitalised whatever it is.
            prev == prev_word
                || prev_word == "The"
                || prev_word.ends_with(',')
                || !prev_word.starts_with(|c: char| c.is_ascii_uppercase())
        })
        .map(|m| (&BOROUGHS[borough[m.pattern().as_usize()]], m.start()))
        .collect()
}

/// Is `name` a borough or a neighborhood of the list (so not a namesake town elsewhere, in a
/// report about New York City)?
pub fn is_part_name(name: &str) -> bool {
    BOROUGHS
        .iter()
        .any(|b| b.written == name || b.gazetteer == name)
        || NEIGHBORHOODS.iter().any(|(n, _)| *n == name)
}

/// The borough a county of New York State is, if it is one.
pub fn borough_of_county(state: &str, county: &str) -> Option<&'static Borough> {
    (state == "New York")
        .then(|| BOROUGHS.iter().find(|b| b.county == county))
        .flatten()
}

/// "D.C." or "DC" written alone ("D.C. police", "in DC"), or a quadrant of the city
/// ("Northeast Washington", "Southeast D.C."): places in Washington, D.C. "Washington, D.C."
/// is read by the "City, State" rule and not here.
static DC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:(?:Northeast|Northwest|Southeast|Southwest)\s+(?:Washington\b|D\.C\.|DC\b)|D\.C\.|DC\b)")
        .unwrap()
});

/// Byte offsets in a sentence where it names Washington, D.C. by "D.C." alone or a quadrant.
pub fn dc_in(sentence: &str) -> Vec<usize> {
    DC.find_iter(sentence)
        .filter(|m| {
            let before = sentence[..m.start()].trim_end();
            let next_word = sentence[m.end()..].split_whitespace().next().unwrap_or("");
            !before.ends_with("Washington,")
                && !before.ends_with("Washington")
                && !matches!(next_word, "Comics" | "United")
        })
        .map(|m| m.start())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cities(sentence: &str) -> Vec<&'static str> {
        boroughs_in(sentence).iter().map(|(b, _)| b.city).collect()
    }

    #[test]
    fn boroughs_are_read_by_name_and_by_neighborhood() {
        assert_eq!(
            cities("Two men were shot in East Elmhurst, Queens, on Friday."),
            ["Queens", "Queens"]
        );
        assert_eq!(cities("A teen was found shot in the Bronx."), ["Bronx"]);
        assert_eq!(
            cities("The shooting in Harlem left one dead."),
            ["New York"]
        );
        assert_eq!(cities("Bed-Stuy party ends in gunfire"), ["Brooklyn"]);
    }

    #[test]
    fn a_borough_inside_a_longer_name_is_not_read() {
        assert!(cities("Police in Brooklyn Park said the man was 30.").is_empty());
        assert!(cities("She studied at Queens College for two years.").is_empty());
        assert!(cities("The boat sank on Lake Flushing.").is_empty());
        assert_eq!(cities("The Bronx man was 22."), ["Bronx"]);
    }

    #[test]
    fn a_borough_is_its_county() {
        assert_eq!(
            borough_of_county("New York", "Kings County").map(|b| b.city),
            Some("Brooklyn")
        );
        assert!(borough_of_county("Ohio", "Kings County").is_none());
        assert!(borough_of_county("New York", "Erie County").is_none());
    }

    #[test]
    fn washington_dc_by_initials_or_quadrant() {
        assert_eq!(
            dc_in("A teen was shot in Northeast Washington on Sunday.").len(),
            1
        );
        assert_eq!(dc_in("D.C. police said the man died.").len(), 1);
        assert_eq!(dc_in("The shooting left a DC family grieving.").len(), 1);
        assert!(dc_in("He lived in Washington, D.C. for years.").is_empty());
        assert!(dc_in("The Washington Post reported it.").is_empty());
    }

    #[test]
    fn new_york_city_is_told_by_its_police_or_its_name() {
        assert!(in_new_york_city(["NYPD officers found the man."], false));
        assert!(in_new_york_city(["a man was shot in the Bronx"], false));
        assert!(!in_new_york_city(
            ["a man was shot in Brooklyn, Ohio"],
            false
        ));
        assert!(in_new_york_city(["a man was shot in Brooklyn"], true));
    }
}
