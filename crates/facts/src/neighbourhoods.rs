//! Neighbourhoods of large US cities, read as their city in a report about that city.
//!
//! Local news places a shooting by its neighbourhood ("in Austin", "in the Germantown
//! section", "a Roxbury man"), and incident trackers file it under the city. The gazetteer
//! leaves neighbourhoods out (its builder drops places inside a large city) and so knows
//! many of these names only as namesake towns elsewhere: Austin, Texas for Chicago's Austin,
//! Germantown, Maryland for Philadelphia's, Liberty City, Texas for Miami's, Antioch,
//! California for Nashville's. In a report about the city (its name written, or the outlet's
//! home), such a name is the city's.
//!
//! The lists are ours (common geographic knowledge of each city's best-known neighbourhoods
//! and community areas), written by hand because no crate holds them and the gazetteer's
//! sources do not. Left out: names that are also towns of the city's own area that trackers
//! file under their own name (Riverdale and Norwood Park by Chicago, North College Hill by
//! Cincinnati), and New York City, whose boroughs [`crate::city_parts`] reads.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};

/// A city, the words that show a report is about it, and its neighbourhoods.
pub struct City {
    pub name: &'static str,
    pub state: &'static str,
    /// Written in a report about the city (any one is enough).
    pub context: &'static [&'static str],
    pub parts: &'static [&'static str],
    /// The parts are postal towns of their own, which trackers file under their own name
    /// (Nashville's Antioch, Madison, Hermitage): the part, in the city's state, not the city.
    pub postal: bool,
}

pub static CITIES: &[City] = &[
    City {
        name: "Chicago",
        state: "Illinois",
        context: &["Chicago"],
        parts: &[
            "Albany Park",
            "Archer Heights",
            "Armour Square",
            "Ashburn",
            "Auburn Gresham",
            "Austin",
            "Avalon Park",
            "Avondale",
            "Back of the Yards",
            "Belmont Cragin",
            "Brighton Park",
            "Bronzeville",
            "Burnside",
            "Calumet Heights",
            "Chatham",
            "Chicago Lawn",
            "Dunning",
            "East Garfield Park",
            "Edgewater",
            "Englewood",
            "Fuller Park",
            "Gage Park",
            "Garfield Park",
            "Garfield Ridge",
            "Grand Boulevard",
            "Grand Crossing",
            "Greater Grand Crossing",
            "Gresham",
            "Hegewisch",
            "Hermosa",
            "Humboldt Park",
            "Hyde Park",
            "Irving Park",
            "Jefferson Park",
            "Kenwood",
            "Lakeview",
            "Lake View",
            "Lawndale",
            "Lincoln Park",
            "Lincoln Square",
            "Little Village",
            "Logan Square",
            "Marquette Park",
            "McKinley Park",
            "Montclare",
            "Morgan Park",
            "Mount Greenwood",
            "New City",
            "North Lawndale",
            "Park Manor",
            "Pilsen",
            "Portage Park",
            "Pullman",
            "Roseland",
            "Rogers Park",
            "South Chicago",
            "South Deering",
            "South Lawndale",
            "South Shore",
            "Uptown",
            "Washington Heights",
            "Washington Park",
            "West Englewood",
            "West Garfield Park",
            "West Lawn",
            "West Pullman",
            "West Ridge",
            "West Town",
            "Wicker Park",
            "Woodlawn",
            "Bridgeport",
            "Beverly",
            "Canaryville",
            "Chinatown",
            "Clearing",
            "Edison Park",
            "Forest Glen",
            "Lower West Side",
            "Near North Side",
            "Near South Side",
            "Near West Side",
            "North Center",
            "North Park",
            "Norwood Park",
            "Riverdale",
            "River North",
            "Streeterville",
            "West Elsdon",
            "Loop",
        ],
        postal: false,
    },
    City {
        name: "Philadelphia",
        state: "Pennsylvania",
        context: &["Philadelphia", "Philly"],
        parts: &[
            "Brewerytown",
            "Cobbs Creek",
            "Eastwick",
            "Fairhill",
            "Feltonville",
            "Fishtown",
            "Frankford",
            "Germantown",
            "Grays Ferry",
            "Haddington",
            "Harrowgate",
            "Hartranft",
            "Holmesburg",
            "Hunting Park",
            "Juniata",
            "Juniata Park",
            "Kensington",
            "Kingsessing",
            "Logan",
            "Manayunk",
            "Mantua",
            "Mayfair",
            "Mount Airy",
            "Nicetown",
            "Olney",
            "Overbrook",
            "Oxford Circle",
            "Point Breeze",
            "Port Richmond",
            "Roxborough",
            "Strawberry Mansion",
            "Tacony",
            "Tioga",
            "Wynnefield",
        ],
        postal: false,
    },
    City {
        name: "Boston",
        state: "Massachusetts",
        context: &["Boston"],
        parts: &[
            "Allston",
            "Brighton",
            "Charlestown",
            "Dorchester",
            "East Boston",
            "Hyde Park",
            "Jamaica Plain",
            "Mattapan",
            "Mission Hill",
            "Roslindale",
            "Roxbury",
            "South Boston",
            "West Roxbury",
        ],
        postal: false,
    },
    City {
        name: "Miami",
        state: "Florida",
        context: &["Miami"],
        parts: &[
            "Allapattah",
            "Coconut Grove",
            "Liberty City",
            "Little Haiti",
            "Little Havana",
            "Model City",
            "Overtown",
            "Wynwood",
        ],
        postal: false,
    },
    City {
        name: "Nashville",
        state: "Tennessee",
        context: &["Nashville", "Metro Nashville"],
        parts: &[
            "Antioch",
            "Bordeaux",
            "Donelson",
            "Hermitage",
            "Madison",
            "Old Hickory",
            "Whites Creek",
        ],
        postal: true,
    },
    City {
        name: "Memphis",
        state: "Tennessee",
        context: &["Memphis"],
        parts: &[
            "Binghampton",
            "Frayser",
            "Hickory Hill",
            "Orange Mound",
            "Parkway Village",
            "Raleigh",
            "Whitehaven",
        ],
        postal: false,
    },
    City {
        name: "Houston",
        state: "Texas",
        context: &["Houston"],
        parts: &[
            "Acres Homes",
            "Alief",
            "Denver Harbor",
            "Fifth Ward",
            "Greenspoint",
            "Gulfton",
            "Kashmere Gardens",
            "Magnolia Park",
            "Montrose",
            "Settegast",
            "Sharpstown",
            "South Park",
            "Sunnyside",
            "Third Ward",
        ],
        postal: false,
    },
    City {
        name: "New Orleans",
        state: "Louisiana",
        context: &["New Orleans", "NOPD"],
        parts: &[
            "Algiers",
            "Bywater",
            "Central City",
            "Gentilly",
            "Hollygrove",
            "Irish Channel",
            "Lower Ninth Ward",
            "Marigny",
            "Mid-City",
            "New Orleans East",
            "Seventh Ward",
            "St. Roch",
            "Treme",
            "Uptown",
        ],
        postal: false,
    },
    City {
        name: "St. Louis",
        state: "Missouri",
        context: &["St. Louis"],
        parts: &[
            "Baden",
            "Benton Park",
            "Bevo Mill",
            "Carondelet",
            "Dutchtown",
            "Fairground",
            "Gravois Park",
            "Hamilton Heights",
            "JeffVanderLou",
            "O'Fallon Park",
            "Penrose",
            "Soulard",
            "The Ville",
            "Walnut Park",
            "Wells-Goodfellow",
        ],
        postal: false,
    },
    City {
        name: "Milwaukee",
        state: "Wisconsin",
        context: &["Milwaukee"],
        parts: &[
            "Amani",
            "Bay View",
            "Burnham Park",
            "Clarke Square",
            "Harambee",
            "Lindsay Heights",
            "Metcalfe Park",
            "Riverwest",
            "Sherman Park",
        ],
        postal: false,
    },
    City {
        name: "Cincinnati",
        state: "Ohio",
        context: &["Cincinnati"],
        parts: &[
            "Avondale",
            "Bond Hill",
            "Camp Washington",
            "Carthage",
            "Clifton",
            "College Hill",
            "Corryville",
            "East Price Hill",
            "Evanston",
            "Fairmount",
            "Hartwell",
            "Madisonville",
            "Mount Airy",
            "Mount Auburn",
            "North Fairmount",
            "Northside",
            "Over-the-Rhine",
            "Price Hill",
            "Roselawn",
            "Sedamsville",
            "South Fairmount",
            "Walnut Hills",
            "West End",
            "West Price Hill",
            "Westwood",
            "Winton Hills",
        ],
        postal: false,
    },
    City {
        name: "Cleveland",
        state: "Ohio",
        context: &["Cleveland"],
        parts: &[
            "Buckeye-Shaker",
            "Clark-Fulton",
            "Collinwood",
            "Detroit-Shoreway",
            "Fairfax",
            "Glenville",
            "Hough",
            "Kinsman",
            "Lee-Harvard",
            "Mount Pleasant",
            "Ohio City",
            "Old Brooklyn",
            "Slavic Village",
            "Stockyards",
            "Tremont",
            "Union-Miles",
        ],
        postal: false,
    },
    City {
        name: "Pittsburgh",
        state: "Pennsylvania",
        context: &["Pittsburgh"],
        parts: &[
            "Allentown",
            "Banksville",
            "Beechview",
            "Beltzhoover",
            "Bloomfield",
            "Brighton Heights",
            "Brookline",
            "Carrick",
            "Crafton Heights",
            "Duquesne Heights",
            "East Hills",
            "East Liberty",
            "Elliott",
            "Fineview",
            "Garfield",
            "Hazelwood",
            "Highland Park",
            "Hill District",
            "Homewood",
            "Knoxville",
            "Larimer",
            "Lawrenceville",
            "Lincoln-Lemington",
            "Manchester",
            "Marshall-Shadeland",
            "Morningside",
            "Mount Washington",
            "Mt. Washington",
            "Northview Heights",
            "Perry South",
            "Point Breeze",
            "Polish Hill",
            "Shadyside",
            "Sheraden",
            "Spring Hill",
            "Squirrel Hill",
            "Stanton Heights",
            "Strip District",
            "Troy Hill",
        ],
        postal: false,
    },
    City {
        name: "Baltimore",
        state: "Maryland",
        context: &["Baltimore"],
        parts: &[
            "Belair-Edison",
            "Cherry Hill",
            "Edmondson Village",
            "Highlandtown",
            "Park Heights",
            "Sandtown-Winchester",
            "Sandtown",
        ],
        postal: false,
    },
    City {
        name: "Detroit",
        state: "Michigan",
        context: &["Detroit"],
        parts: &[
            "Brightmoor",
            "Chandler Park",
            "Cody Rouge",
            "Conant Gardens",
            "Corktown",
            "Delray",
            "Mexicantown",
            "Osborn",
            "Warrendale",
        ],
        postal: false,
    },
    City {
        name: "Atlanta",
        state: "Georgia",
        context: &["Atlanta"],
        parts: &[
            "Adamsville",
            "Bankhead",
            "Buckhead",
            "English Avenue",
            "Grove Park",
            "Kirkwood",
            "Mechanicsville",
            "Peoplestown",
            "Summerhill",
            "Vine City",
        ],
        postal: false,
    },
    City {
        name: "Washington",
        state: "District of Columbia",
        context: &["D.C.", "District of Columbia"],
        parts: &[
            "Anacostia",
            "Brightwood",
            "Brookland",
            "Columbia Heights",
            "Congress Heights",
            "Deanwood",
            "Navy Yard",
            "Petworth",
            "Trinidad",
        ],
        postal: false,
    },
];

/// Every neighbourhood name of every city, and each name's city (its index in [`CITIES`]).
static NAMES: LazyLock<(Vec<&'static str>, Vec<usize>)> = LazyLock::new(|| {
    let mut names = Vec::new();
    let mut city = Vec::new();
    for (i, c) in CITIES.iter().enumerate() {
        for p in c.parts {
            names.push(*p);
            city.push(i);
        }
    }
    (names, city)
});

/// An automaton of [`NAMES`]' names (pattern `i` is name `i`).
static PARTS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(&NAMES.0)
        .expect("neighbourhood automaton")
});

/// The cities of the list a report is about: one of its words is written (whole), or it is
/// the outlet's home (`home`: city and state).
pub fn cities_about<'a>(
    texts: impl IntoIterator<Item = &'a str> + Clone,
    home: Option<(&str, &str)>,
) -> Vec<&'static City> {
    CITIES
        .iter()
        .filter(|c| {
            home == Some((c.name, c.state))
                || c.context.iter().any(|w| {
                    texts.clone().into_iter().any(|t| {
                        t.match_indices(w)
                            .any(|(i, _)| crate::text::whole_word(t, i, i + w.len()))
                    })
                })
        })
        .collect()
}

/// Words after a name that make it a place: "the Austin neighborhood", "in the Germantown
/// section".
const PLACE_AFTER: &[&str] = &[
    "neighborhood",
    "neighbourhood",
    "section",
    "area",
    "community",
];
/// Words before a name that make it a place: "in Austin", "of Roxbury", "near Overtown".
const PLACE_BEFORE: &[&str] = &["in", "of", "near", "from", "at", "the"];

/// Byte offsets of the neighbourhoods of `city` that a sentence names as places: whole
/// words, not part of a longer capitalised name ("Austin Peay", "Germantown Avenue"), and
/// after "in", "of", "near", "from", "at" or "the", or before "neighborhood", "section",
/// "area" or "community" (so "Austin" the first name is no place).
pub fn parts_in(city: &City, sentence: &str) -> Vec<(usize, &'static str)> {
    let (names, owner) = &*NAMES;
    PARTS
        .find_iter(sentence)
        .filter(|m| {
            let of = &CITIES[owner[m.pattern().as_usize()]];
            (of.name, of.state) == (city.name, city.state)
        })
        .filter(|m| crate::text::whole_word(sentence, m.start(), m.end()))
        .filter(|m| {
            let rest = sentence[m.end()..].trim_start_matches(['\'', '’', 's']);
            let next = rest
                .strip_prefix(' ')
                .and_then(|r| r.split([' ', ',', '.']).next())
                .unwrap_or("");
            if next.starts_with(|c: char| c.is_ascii_uppercase()) {
                return false;
            }
            let prev = sentence[..m.start()]
                .trim_end()
                .rsplit(' ')
                .next()
                .unwrap_or("")
                .to_lowercase();
            PLACE_BEFORE.contains(&prev.as_str()) || PLACE_AFTER.contains(&next)
        })
        .map(|m| (m.start(), names[m.pattern().as_usize()]))
        .collect()
}

/// Is `name` a neighbourhood's name of two words or more ("Auburn Gresham", "Columbia
/// Heights")? Such a run is a place wherever it stands, never a person's name; a one-word
/// name ("Austin", "Roxbury") may be either.
pub fn is_long_neighbourhood_name(name: &str) -> bool {
    static LONG: LazyLock<rustc_hash::FxHashSet<&'static str>> = LazyLock::new(|| {
        NAMES
            .0
            .iter()
            .copied()
            .filter(|n| n.contains(' '))
            .collect()
    });
    LONG.contains(name)
}

/// Is `name` one of `city`'s neighbourhoods?
pub fn is_part_of(city: &City, name: &str) -> bool {
    city.parts.contains(&name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn city(name: &str) -> &'static City {
        CITIES.iter().find(|c| c.name == name).unwrap()
    }

    #[test]
    fn a_report_is_about_a_city_it_names_or_whose_outlet_it_is() {
        let names = |texts: &[&str], home| -> Vec<&str> {
            cities_about(texts.iter().copied(), home)
                .iter()
                .map(|c| c.name)
                .collect()
        };
        assert_eq!(
            names(&["Chicago police said two men were shot."], None),
            ["Chicago"]
        );
        assert_eq!(
            names(&["Two men were shot."], Some(("Boston", "Massachusetts"))),
            ["Boston"]
        );
        // A longer word is not the name ("Chicagoland" is).
        assert!(names(&["Two men were shot in Houstonia."], None).is_empty());
        // Washington, D.C. needs its initials: "Washington" alone is the state or a person.
        assert!(names(&["George Washington High School"], None).is_empty());
    }

    #[test]
    fn a_neighbourhood_is_named_as_a_place_not_as_a_person_or_inside_a_longer_name() {
        let chicago = city("Chicago");
        let s = "A man was shot in Austin on Friday.";
        assert_eq!(
            parts_in(chicago, s),
            [(s.find("Austin").unwrap(), "Austin")]
        );
        let s = "Shots rang out in the South Shore neighborhood.";
        assert_eq!(parts_in(chicago, s).len(), 1);
        assert!(parts_in(chicago, "Austin Jones, 19, was shot.").is_empty());
        assert!(parts_in(chicago, "He lived on Austin Avenue.").is_empty());
        // Another city's neighbourhood is not this city's.
        assert!(parts_in(chicago, "A man was shot in Roxbury.").is_empty());
        assert!(is_part_of(city("Boston"), "Roxbury"));
    }
}
