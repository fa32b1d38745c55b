//! `storyfold-synth N [SEED] > reports.jsonl`: N synthetic shooting reports in JSON Lines,
//! with planted copies and several reports per event, for scale benchmarks.
//!
//! Each line: `id`, `published`, `source`, `title`, `text`, plus the labels `event` (the
//! synthetic incident) and `copy_of` (the report it copies, or null) that the engine ignores.
//! About 60 % of reports start an incident, 25 % are other outlets' reports of an earlier
//! incident (other words, same facts), 15 % are copies (header/footer swap, excerpt or light
//! edit) of an earlier report. Everything is generated from the seed: the same N and seed
//! give the same bytes. The text is made of fixed templates and a word list written here; it
//! imitates the shape of local news, not any real article.

use std::collections::VecDeque;
use std::io::{BufWriter, Write};

/// A small deterministic generator (splitmix64); no crate needed for a benchmark input.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const CITIES: &[(&str, &str)] = &[
    ("Columbus", "Ohio"),
    ("Dayton", "Ohio"),
    ("Toledo", "Ohio"),
    ("Chicago", "Illinois"),
    ("Rockford", "Illinois"),
    ("Springfield", "Illinois"),
    ("Houston", "Texas"),
    ("Dallas", "Texas"),
    ("Waco", "Texas"),
    ("Memphis", "Tennessee"),
    ("Nashville", "Tennessee"),
    ("Atlanta", "Georgia"),
    ("Macon", "Georgia"),
    ("Miami", "Florida"),
    ("Tampa", "Florida"),
    ("Baltimore", "Maryland"),
    ("Detroit", "Michigan"),
    ("Lansing", "Michigan"),
    ("Milwaukee", "Wisconsin"),
    ("Kansas City", "Missouri"),
    ("St. Louis", "Missouri"),
    ("Denver", "Colorado"),
    ("Phoenix", "Arizona"),
    ("Portland", "Oregon"),
    ("Salem", "Oregon"),
    ("Seattle", "Washington"),
    ("Fresno", "California"),
    ("Bakersfield", "California"),
    ("Oakland", "California"),
    ("Newark", "New Jersey"),
    ("Buffalo", "New York"),
    ("Pittsburgh", "Pennsylvania"),
    ("Louisville", "Kentucky"),
    ("Shreveport", "Louisiana"),
    ("Jackson", "Mississippi"),
];
const FIRST: &[&str] = &[
    "James", "Maria", "Darnell", "Keisha", "Luis", "Ashley", "Tyrone", "Megan", "Carlos",
    "Brianna", "Andre", "Nicole", "Marcus", "Tanya", "Jose", "Latoya", "Kevin", "Rosa", "Derrick",
    "Amber", "Jamal", "Crystal", "Victor", "Monique",
];
const LAST: &[&str] = &[
    "Johnson",
    "Garcia",
    "Williams",
    "Brown",
    "Jones",
    "Miller",
    "Davis",
    "Rodriguez",
    "Wilson",
    "Martinez",
    "Anderson",
    "Taylor",
    "Thomas",
    "Moore",
    "Jackson",
    "Martin",
    "Lee",
    "Thompson",
    "White",
    "Harris",
    "Clark",
    "Lewis",
    "Robinson",
    "Walker",
    "Young",
    "Allen",
    "King",
    "Wright",
    "Hill",
    "Green",
    "Adams",
    "Baker",
    "Nelson",
];
const STREETS: &[&str] = &[
    "Elm",
    "Oak",
    "Maple",
    "Cedar",
    "Pine",
    "Walnut",
    "Lincoln",
    "Washington",
    "Main",
    "Park",
    "Lake",
    "Hill",
    "Church",
    "Market",
    "Franklin",
    "Jefferson",
    "Madison",
    "Grant",
    "Sherman",
    "Cleveland",
    "Sullivant",
    "Dorr",
];
const SUFFIX: &[&str] = &["Street", "Avenue", "Road", "Drive", "Boulevard", "Lane"];
const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const FILLER: &[&str] = &[
    "Detectives canvassed the block for witnesses and asked neighbors for doorbell camera footage.",
    "Investigators recovered several shell casings near the curb, according to the police report.",
    "Neighbors said they heard a series of loud pops before a car sped away from the scene.",
    "Police asked anyone with information to call the department's tip line, which accepts anonymous calls.",
    "The block was closed to traffic for several hours while crime scene technicians worked.",
    "A relative said the family was struggling to understand what had happened.",
    "It was not immediately clear what led to the gunfire, police said.",
    "Community leaders called for calm and planned a meeting at a nearby church.",
    "The city has recorded more shootings this year than at the same point last year, officials said.",
    "A police spokesperson said no other details would be released while the investigation continued.",
    "Officers applied pressure to the wounds until paramedics arrived, a witness said.",
    "The home was taped off and an officer stood guard outside through the night.",
];
const OUTLETS: &[&str] = &[
    "Metro Ledger",
    "City Courier",
    "Daily Sentinel",
    "Evening Star",
    "Valley News",
    "County Tribune",
    "River Post",
    "Lakeside Times",
    "Wire News Service",
    "Channel 7 News",
    "Morning Herald",
    "Gazette Online",
];

struct Incident {
    id: usize,
    city: (&'static str, &'static str),
    day: u32,
    victim: String,
    age: usize,
    street: String,
    killed: bool,
}

/// The civil date `day` days after 2020-01-01 (days-to-civil, after Howard Hinnant's
/// published algorithm).
fn date_of(day: u32) -> String {
    let z = day as i64 + 18_262 + 719_468; // days since 0000-03-01
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y}-{m:02}-{d:02}")
}

/// The weekday of `day` days after 2020-01-01 (a Wednesday).
fn weekday_of(day: u32) -> &'static str {
    WEEKDAYS[(day as usize + 2) % 7]
}

/// A made-up surname from syllables: thousands of distinct names, as in real local news.
fn surname(rng: &mut Rng) -> String {
    if rng.below(4) == 0 {
        return rng.pick(LAST).to_string();
    }
    let k = 2 + rng.below(2);
    let s: String = (0..k).map(|_| rng.pick(SYLLABLES)).collect();
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
        .unwrap_or_default()
}

const SYLLABLES: &[&str] = &[
    "ba", "ren", "to", "mi", "sal", "ke", "dor", "van", "li", "mo", "ter", "qua", "fen", "ro",
    "shi", "pa", "gul", "ne", "cas", "wi", "tem", "bro", "lu", "dex", "ha", "nor", "ki", "zel",
    "po", "mar",
];

/// A sentence of made-up words (2–3 syllables each, Zipf-like by construction): unrelated
/// reports share few shingles, as unrelated real stories do.
fn babble(rng: &mut Rng) -> String {
    let n = 8 + rng.below(13);
    let mut words: Vec<String> = (0..n)
        .map(|_| {
            // Squaring the draw skews towards the first syllables: common words are common.
            let syl = |rng: &mut Rng| {
                let r = rng.below(SYLLABLES.len());
                SYLLABLES[r * r / SYLLABLES.len()]
            };
            let k = 2 + rng.below(2);
            (0..k).map(|_| syl(rng)).collect::<String>()
        })
        .collect();
    let mut first = words[0].chars();
    words[0] = first
        .next()
        .map(|c| c.to_ascii_uppercase().to_string() + first.as_str())
        .unwrap_or_default();
    format!("{}.", words.join(" "))
}

fn story(rng: &mut Rng, inc: &Incident, style: usize) -> (String, String) {
    let wd = weekday_of(inc.day);
    let (city, state) = inc.city;
    let outcome = if inc.killed {
        "was killed"
    } else {
        "was wounded"
    };
    let title = match style % 3 {
        0 => format!(
            "{}-year-old {} in {city} shooting on {}",
            inc.age,
            if inc.killed { "killed" } else { "hurt" },
            inc.street
        ),
        1 => format!("Police identify {} as victim of {wd} shooting", inc.victim),
        _ => format!("{city} police investigate shooting on {}", inc.street),
    };
    let mut paras = vec![match style % 3 {
        0 => format!(
            "A {}-year-old man {outcome} late {wd} in a shooting on {} in {city}, {state}, police said.",
            inc.age, inc.street
        ),
        1 => format!(
            "{}, {}, {outcome} {wd} night outside a home on {}, {city} police said.",
            inc.victim, inc.age, inc.street
        ),
        _ => format!(
            "Police in {city}, {state}, are investigating a {wd} shooting on {} that left a man {}.",
            inc.street,
            if inc.killed { "dead" } else { "hurt" }
        ),
    }];
    let last = inc.victim.split(' ').next_back().unwrap_or("").to_string();
    let hour = 1 + rng.below(11);
    // Each outlet style words the details its own way: independent reports of one incident
    // share facts, not sentences.
    match style % 3 {
        0 => {
            paras.push(format!("Officers found {} with gunshot wounds shortly after {hour} p.m., according to police.", inc.victim));
            paras.push(if inc.killed {
                format!("{last} died at a hospital, the county medical examiner said.")
            } else {
                format!(
                    "{last} was taken to a hospital in {} condition.",
                    rng.pick(&["stable", "critical", "serious"])
                )
            });
        }
        1 => {
            paras.push(format!("Dispatchers sent units to the {} area around {hour} o'clock after callers reported gunfire.", inc.street));
            paras.push(if inc.killed {
                format!("Medics could not save {last}, a relative confirmed.")
            } else {
                format!("Doctors expect {last} to recover, a family member said.")
            });
        }
        _ => {
            paras.push(format!("According to a department statement, the call came in near {hour} p.m. and {last} was found on the sidewalk."));
            paras.push(if inc.killed {
                format!("The {}-year-old was pronounced dead a short time later.", inc.age)
            } else {
                format!("The {}-year-old is being treated for injuries that are not considered life-threatening.", inc.age)
            });
        }
    }
    for _ in 0..3 + rng.below(5) {
        if rng.below(3) == 0 {
            paras.push(rng.pick(FILLER).to_string());
        } else {
            paras.push(babble(rng));
        }
    }
    (title, paras.join("\n\n"))
}

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or_else(|| {
        eprintln!("usage: storyfold-synth N [SEED] > reports.jsonl");
        std::process::exit(2)
    });
    let seed: u64 = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(20_251_122);
    let mut rng = Rng(seed);
    let mut incidents: Vec<Incident> = Vec::new();
    // Recent originals, to copy from: (report index, title, text).
    let mut recent: VecDeque<(usize, String, String)> = VecDeque::new();
    let mut report_event: Vec<usize> = Vec::with_capacity(n);
    let out = std::io::stdout();
    let mut out = BufWriter::new(out.lock());
    // Time advances one day every 70 reports (about 40 new incidents a day).
    for i in 0..n {
        let day = (i / 70) as u32;
        let roll = rng.below(100);
        let outlet = rng.pick(OUTLETS);
        let (event, copy_of, title, text) = if roll < 15 && !recent.is_empty() {
            let (src, title, text) = &recent[rng.below(recent.len())];
            let paras: Vec<&str> = text.split("\n\n").collect();
            let body = match rng.below(3) {
                0 => format!(
                    "By {} {}, {outlet}\n\n{text}\n\nCopyright {} {outlet}. All rights reserved.",
                    rng.pick(FIRST),
                    rng.pick(LAST),
                    2020 + day / 336
                ),
                1 => paras[..paras.len().div_ceil(2).max(2).min(paras.len())].join("\n\n"),
                _ => text
                    .replacen("police said", "authorities said", 1)
                    .replacen("according to police", "police said", 1),
            };
            (report_event[*src], Some(*src), title.clone(), body)
        } else if roll < 40 && !incidents.is_empty() {
            let k = incidents.len() - 1 - rng.below(incidents.len().min(300));
            let style = 1 + rng.below(2);
            let (title, text) = story(&mut rng, &incidents[k], style);
            (incidents[k].id, None, title, text)
        } else {
            let city = CITIES[rng.below(CITIES.len())];
            let inc = Incident {
                id: incidents.len(),
                city,
                day,
                victim: format!("{} {}", rng.pick(FIRST), surname(&mut rng)),
                age: 16 + rng.below(50),
                street: format!(
                    "{} {} {}",
                    (1 + rng.below(49)) * 100,
                    rng.pick(STREETS),
                    rng.pick(SUFFIX)
                ),
                killed: rng.below(3) == 0,
            };
            let (title, text) = story(&mut rng, &inc, 0);
            let id = inc.id;
            incidents.push(inc);
            (id, None, title, text)
        };
        report_event.push(event);
        let line = serde_json::json!({
            "id": format!("s{i}"),
            "published": date_of(day),
            "source": outlet,
            "title": title,
            "text": text,
            "event": format!("i{event}"),
            "copy_of": copy_of.map(|c| format!("s{c}")),
        });
        writeln!(out, "{line}").expect("stdout");
        if copy_of.is_none() {
            recent.push_back((i, title, text));
            if recent.len() > 2000 {
                recent.pop_front();
            }
        }
    }
    out.flush().expect("stdout");
}
