//! Who: people named in a report, with role, title, age, gender and status, and the
//! unnamed participants that the counts imply.
//!
//! Method: name candidates are runs of capitalised words whose first word is a known first
//! name (US Census 1990 list) or that follow a title ("Officer", "Police Chief"); later
//! mentions by last name are linked to the full name. Each signal word in a sentence
//! ("died", "wounded", "arrested", "suspect") is given to the nearest person mentioned in
//! that sentence, and a person's role and status follow from the signals they collected.

use std::sync::LazyLock;

use regex::Regex;
use rustc_hash::{FxHashMap, FxHashSet};
use storyfold_model::{Evidence, Gender, Person, Role, Status};

use crate::text::{MONTHS, PROJECTILES, Sentence, TO_HOSPITAL_VERBS, WEEKDAYS};

/// Census surnames, most frequent first, with their rank.
static LAST_NAMES: LazyLock<FxHashMap<&'static str, u32>> = LazyLock::new(|| {
    include_str!("../data/last_names.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .enumerate()
        .map(|(i, n)| (n, i as u32))
        .collect()
});

/// Is `word` (any case) a first name in the Census list?
pub(crate) fn is_first_name(word: &str) -> bool {
    FIRST_NAMES.contains_key(word.to_lowercase().as_str())
}

/// The share of its sex (percent, Census 1990) from which a first name is a common one.
const COMMON_FIRST_NAME_PERCENT: f32 = 0.05;

/// The gender a person noun tells ("man", "Girl", "husband"), if any.
pub(crate) fn gendered_noun(word: &str) -> Option<Gender> {
    match word.to_ascii_lowercase().as_str() {
        "man" | "boy" | "male" | "father" | "son" | "husband" => Some(Gender::Male),
        "woman" | "girl" | "female" | "mother" | "daughter" | "wife" => Some(Gender::Female),
        _ => None,
    }
}

/// Frequency rank of a surname in the 1990 US Census (0 = Smith), if among the top 20,000.
pub fn surname_rank(surname: &str) -> Option<u32> {
    LAST_NAMES.get(surname.to_lowercase().as_str()).copied()
}

/// Words that start a capitalised run at the beginning of a sentence without being a name.
const FUNCTION_WORDS: &[&str] = &[
    "in",
    "on",
    "at",
    "the",
    "a",
    "an",
    "as",
    "and",
    "but",
    "for",
    "from",
    "with",
    "by",
    "to",
    "of",
    "after",
    "before",
    "when",
    "while",
    "if",
    "he",
    "she",
    "they",
    "what",
    "who",
    "where",
    "why",
    "how",
    "his",
    "her",
    "its",
    "their",
    "we",
    "our",
    "this",
    "that",
    "these",
    "those",
    "police",
    "officers",
    "authorities",
    "investigators",
    "detectives",
    "both",
    "several",
    "many",
    "some",
    "all",
    "neighbors",
    "witnesses",
    "friends",
    "family",
    "relatives",
    "no",
    "one",
    "two",
    "three",
    "it",
    "there",
    "then",
    "during",
    "since",
    "until",
    "about",
    "according",
    "officials",
    "deputies",
];

/// First names with the share of its sex (percent) the name's more frequent gender gives it.
static FIRST_NAMES: LazyLock<FxHashMap<&'static str, f32>> = LazyLock::new(|| {
    include_str!("../data/first_names.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let mut parts = l.split('\t');
            let name = parts.next()?;
            let percent = parts.nth(1)?.parse().ok()?;
            Some((name, percent))
        })
        .collect()
});

/// Words that open a sentence and never end a name: a name run that ends in one ran on into
/// the next sentence (a headline without its full stop).
const SENTENCE_OPENERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "His",
    "Her",
    "It",
    "They",
    "Their",
    "This",
    "That",
    "When",
    "After",
    "Before",
    "Police",
    "Authorities",
    "Officers",
    "Investigators",
];

/// Titles written before a name, and the title they stand for.
const TITLES: &[(&str, &str, Role)] = &[
    ("Police Chief", "police chief", Role::Official),
    ("Chief of Police", "police chief", Role::Official),
    ("Fire Chief", "fire chief", Role::Official),
    ("Deputy Chief", "deputy chief", Role::Official),
    ("Assistant Chief", "assistant chief", Role::Official),
    ("Chief", "chief", Role::Official),
    ("Police Officer", "police officer", Role::Other),
    ("Officer", "police officer", Role::Other),
    ("Ofc.", "police officer", Role::Other),
    // Military ranks, before the police ranks they contain ("Gunnery Sgt. Dale Prewitt" is
    // no police sergeant): like a police officer's, a rank of no one who speaks for others.
    ("Gunnery Sgt.", "gunnery sergeant", Role::Other),
    ("Staff Sgt.", "staff sergeant", Role::Other),
    ("Master Sgt.", "master sergeant", Role::Other),
    ("First Sgt.", "first sergeant", Role::Other),
    ("Sgt. 1st Class", "sergeant first class", Role::Other),
    ("Lance Cpl.", "lance corporal", Role::Other),
    ("Pfc.", "private first class", Role::Other),
    ("Pvt.", "private", Role::Other),
    ("Spc.", "specialist", Role::Other),
    ("Petty Officer", "petty officer", Role::Other),
    ("Sgt.", "police sergeant", Role::Official),
    ("Sergeant", "police sergeant", Role::Official),
    ("Lt.", "police lieutenant", Role::Official),
    ("Lieutenant", "police lieutenant", Role::Official),
    ("Capt.", "police captain", Role::Official),
    ("Captain", "police captain", Role::Official),
    ("Cmdr.", "police commander", Role::Official),
    ("Commander", "police commander", Role::Official),
    ("Det.", "detective", Role::Official),
    ("Detective", "detective", Role::Official),
    ("Deputy", "sheriff's deputy", Role::Other),
    ("Sheriff", "sheriff", Role::Official),
    ("Trooper", "state trooper", Role::Other),
    ("Cpl.", "corporal", Role::Official),
    ("Corporal", "corporal", Role::Official),
    ("Mayor", "mayor", Role::Official),
    ("Gov.", "governor", Role::Official),
    ("Governor", "governor", Role::Official),
    ("Presiding Judge", "presiding judge", Role::Official),
    ("Judge", "judge", Role::Official),
    (
        "Assistant District Attorney",
        "assistant district attorney",
        Role::Official,
    ),
    (
        "Deputy District Attorney",
        "deputy district attorney",
        Role::Official,
    ),
    ("District Attorney", "district attorney", Role::Official),
    (
        "Assistant State's Attorney",
        "assistant state's attorney",
        Role::Official,
    ),
    ("State's Attorney", "state's attorney", Role::Official),
    (
        "Assistant State Attorney",
        "assistant state attorney",
        Role::Official,
    ),
    ("State Attorney", "state attorney", Role::Official),
    (
        "Assistant Prosecutor",
        "assistant prosecutor",
        Role::Official,
    ),
    ("County Attorney", "county attorney", Role::Official),
    (
        "Deputy Public Defender",
        "deputy public defender",
        Role::Official,
    ),
    (
        "Assistant Public Defender",
        "assistant public defender",
        Role::Official,
    ),
    ("Public Defender", "public defender", Role::Official),
    ("Prosecutor", "prosecutor", Role::Official),
    ("Coroner", "coroner", Role::Official),
    ("Commissioner", "commissioner", Role::Official),
    ("Sen.", "senator", Role::Official),
    ("Rep.", "representative", Role::Official),
    ("Special Agent", "special agent", Role::Official),
    ("Agent", "agent", Role::Official),
    ("Dr.", "doctor", Role::Other),
    ("Rev.", "reverend", Role::Other),
    ("Pastor", "pastor", Role::Other),
    ("Mr.", "", Role::Other),
    ("Mrs.", "", Role::Other),
    ("Ms.", "", Role::Other),
];

static NAME: LazyLock<Regex> = LazyLock::new(|| {
    // "JaKela", "KeShawn", "TyQuan": a short capitalised prefix joined to a capitalised name.
    // "O'Brien", "D'Drique", "A'Miya": one capital and an apostrophe before a capitalised name.
    let word = r"(?:(?:Mc|Mac|De|La|Le|Di|Da|[A-Z]['’]|[A-Z][a-z]{1,2})[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?)";
    // A nickname in quotation marks inside the name ("Fayzon “Suki” Reboyras").
    let nick = r#"(?:["“][A-Z][^"“”\n]{0,24}["”]\s+)?"#;
    // Longest first: the regex takes the first alternative that matches, and "Deputy" must
    // not cut "Deputy District Attorney Ann Lee" into a deputy named "District Attorney …".
    let mut titles: Vec<String> = TITLES.iter().map(|(t, _, _)| regex::escape(t)).collect();
    titles.sort_by_key(|t| std::cmp::Reverse(t.len()));
    Regex::new(&format!(
        r"\b(?:((?i:{}))\s+)?({word}(?:\s+[A-Z]\.)?(?:\s+{nick}{word}){{1,3}})(?:,?\s+(?:(?:Jr|Sr)\.|(?:Jr|Sr|II|III|IV)\b))?",
        titles.join("|")
    ))
    .unwrap()
});

/// Capitalised words that are never part of a person's name.
static NOT_NAME: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    let words = "Neither Either Also Injured Police Department County City Street Streets Avenue Avenues Road Roads Boulevard Drive Lane Court Hospital Center \
        University College School High Middle Elementary Church News Post Times Tribune Star Herald Journal \
        Gazette Press Associated Patrol State Highway Office Fire Rescue Medical Examiner Unit Division Bureau \
        Federal National Fraternal Order Park Mall Apartments Company Bank Service Services Circuit District \
        Sheriff's Attorney's Council Channel Facebook Twitter Instagram Google Street's Avenue's Interstate \
        Route Square Plaza Market Store Restaurant Bar Club Hotel Motel Inn Station Airport Ave St Rd Blvd \
        God Christmas Easter Thanksgiving Halloween Eve Day Year New Jersey York American America Americans \
        United States Republican Democrat Democratic Senate House Congress Governor's Mayor's Department's \
        Crime Stoppers Homicide Violent Crimes Task Force Investigation Investigations Emergency Services \
        Health Memorial Regional General Children's Metro Area Region North South East West Northeast Northwest \
        Southeast Southwest Central Downtown Security Safety Justice Courthouse Jail Prison Corrections \
        Correctional Academy Institute Foundation Association Society Union Group Inc Corp LLC Team Network \
        Valley Fort Mount Lake River Creek Beach Island Hills Springs Falls Bay Harbor Port Heights Village \
        Township Borough Coroner's Office's Emergency Management Weather Storm Tornado Hurricane Interstate \
        Way Road Drive Lane Place Parkway Highway Terrace Circle Trail Pike Row Ward Continuation Chronicle \
        Green Gardens Homes Courts Towers Manor Estates Parish Law Bar Grill Lounge Pub Cafe Inn \
        Sentinel Nation Image Images Photo Photos Getty Video Staff Writer Reporter Editor \
        Advertisement Defendant Defendants Suspect Suspects Victim Victims Witness Related Watch \
        Click Breaking Update Updated Degree Detention Juvenile Houses Ridge Palms Ranger Town \
        Man Woman Teen Boy Girl Accused Mountain Nissan Toyota Honda Chevrolet Chevy Hyundai Kia \
        Mazda Subaru Volkswagen Acura Lexus Infiniti Cadillac Buick Shooting Shootings Accidental \
        Homicide Posted Caption Jury Former Longtime Identified Self Shot Haven Mart Grocery \
        Villas Sportsplex Tower Gang Co Original Story Brothers Articles Pond Share Dead Fla Calif Ariz Tenn Okla Colo \
        Conn Minn One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Class Specialist \
        Yard Navy Army Marine Marines Joint Base \
        Gunnery Airman Wash Heist Held Regarding Though Additionally Carjacks Protest Trauma \
        Aunt Uncle Rape Mother Capitol Government Taco Your Our My";
    let mut set: FxHashSet<&'static str> = words.split_whitespace().collect();
    set.extend(WEEKDAYS.iter().copied());
    set.extend(MONTHS.iter().copied());
    set.extend(STATE_WORDS.iter().copied());
    set
});

/// The words of the states' names ("New", "Dakota", "Virginia").
static STATE_WORDS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    crate::gazetteer::GAZETTEER
        .states
        .iter()
        .flat_map(|st| st.name.split(' '))
        .collect()
});

/// Capitalised words that open a run of names without being one: a label put before a name in
/// captions, lists and headlines (weekdays and months, from `text`, count too).
const LEADING_LABEL: &[&str] = &[
    "Advertisement",
    "Survivor",
    "Survivors",
    "Brothers",
    "Also",
    "Defendant",
    "Defendants",
    "Victim",
    "Victims",
    "Suspect",
    "Suspects",
    "Witness",
    "Related",
    "Watch",
    "Photo",
    "Video",
    "Early",
    "Late",
    "Last",
    // Military rates and ranks before a name ("Logistics Specialist 2nd Class Randall
    // Smith", "Gunnery Sgt. Thomas Sullivan", "Lance Cpl. Skip Wells").
    "Class",
    "Specialist",
    "Seaman",
    "Airman",
    "Gunnery",
    "Lance",
    "Petty",
];

/// "Photo:", "Photo by", "Credit:": the words before a photographer's name.
static PHOTO_CREDIT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:photo|photos|photograph|image|video|credit|courtesy)(?::| by| courtesy of)$",
    )
    .unwrap()
});

/// "NBC 6's", "Channel 2's", "KSDK's", "WSB-TV's": a station's own reporter follows.
static STATION_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:(?:NBC|CBS|ABC|FOX|Fox|CW)\s?\d{0,2}|(?:Channel|News)\s\d{1,2}|[KW][A-Z]{2,3}(?:-TV)?(?:\s\d{1,2})?)['’]s$")
        .unwrap()
});

/// " for New York Daily News": an outlet right after a photographer's name.
static PHOTO_CREDIT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^ for(?: the)? (?:[A-Z][\w.-]* ){0,3}(?:News|Times|Tribune|Post|Herald|Journal|Press|Sun|Star|Chronicle|Gazette|Sun-Times|Inquirer|Examiner|Globe|Register|Courier|Telegraph|Dispatch)\b").unwrap()
});

/// ", Lloyd Fox / Dayton Sun)": more photographers and their outlet after the first name of
/// a credit in parentheses ("(Kim Hairston, Lloyd Fox / Dayton Sun)").
static CREDIT_LIST_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:, (?:[A-Z][\w.'’-]* ){0,2}[A-Z][\w.'’-]*)+ ?/").unwrap());

/// "at a Taco Bell", "near Churchill Downs", "outside Remsen Hall": an article or a word of
/// place right before a capitalised run makes it a place or a business, not a person.
static PLACE_WORD_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(?:a|an|the|near|outside|inside)$").unwrap());

/// "taken to", "was rushed to": the words before a hospital's name.
static TAKEN_TO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"\b(?:(?:{TO_HOSPITAL_VERBS}) to|treated at)$")).unwrap()
});

/// Words after a run of names that make it the name of a place, building, group or credit
/// line rather than of a person.
const NAMED_AFTER: &[&str] = &[
    "Boulevard",
    "Blvd",
    "Drive",
    "Dr",
    "Avenue",
    "Avenues",
    "Ave",
    "Street",
    "Streets",
    "St",
    "Road",
    "Rd",
    "Parkway",
    "Pkwy",
    "Expressway",
    "Highway",
    "Freeway",
    "Way",
    "Lane",
    "Court",
    "Place",
    "Park",
    "Playground",
    "Hospital",
    "Center",
    "Centre",
    "Elementary",
    "High",
    "Middle",
    "School",
    "Academy",
    "College",
    "University",
    "Day",
    "Memorial",
    "Library",
    "Bridge",
    "Plaza",
    "Square",
    "Stadium",
    "Arena",
    "Field",
    "Building",
    "Hall",
    "Homes",
    "Apartments",
    "Courts",
    "Nation",
    "Foundation",
    "Fund",
    "Award",
    "Act",
    "Law",
    "Gallery",
    "Church",
    "Cemetery",
    // "taken to John Muir Medical Center": a hospital.
    "Medical",
    "Health",
    "Clinic",
    "Regional",
];

/// Words of [`NAMED_AFTER`] that make a place of the names before them even in lower case
/// ("Bunny Friend playground"); the others are everyday words after a person's name too.
const NAMED_AFTER_LOWER: &[&str] = &[
    "park",
    "playground",
    "hospital",
    "center",
    "school",
    "gallery",
    "church",
    "cemetery",
    "library",
    "plaza",
    "stadium",
    "arena",
    "apartments",
    "homes",
    "neighborhood",
    "neighbourhood",
    // "a Howard Johnson hotel": a business named after its founder.
    "hotel",
    "motel",
    "restaurant",
    // "a Martin Luther King Day parade", "a Cesar Chavez celebration": a holiday's events.
    "parade",
    "celebration",
    "festival",
    // "a 66-year-old La Pine man": where someone lives.
    "man",
    "woman",
    "men",
    "women",
    "teen",
    "teenager",
    "boy",
    "girl",
    "resident",
    "residents",
    "couple",
    // "a Brighton High student": a school's.
    "student",
    "students",
    "senior",
    "sophomore",
    "freshman",
    "graduate",
];

/// Occupations that can stand in apposition to a name ("the process server, Drexel Mack").
const OCCUPATIONS: &[&str] = &[
    "officer",
    "server",
    "deputy",
    "trooper",
    "teacher",
    "student",
    "employee",
    "worker",
    "driver",
    "guard",
    "clerk",
    "nurse",
    "firefighter",
    "pastor",
    "owner",
    "manager",
    "cashier",
    "agent",
    "detective",
    "sergeant",
    "veteran",
    "coach",
    "paramedic",
    "doctor",
    "rapper",
    "musician",
    "player",
    "athlete",
    "bouncer",
];

/// Occupations (titles in apposition too) of people who speak about an incident for others (its lawyers, spokespeople,
/// officials, the press): such a person is no victim unless a sentence says they died.
const SPEAKS_FOR_OTHERS: &[&str] = &[
    "lawyer",
    "attorney",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "prosecutor",
    "judge",
    "mayor",
    "superintendent",
    "coroner",
    "reporter",
    "photographer",
    "commissioner",
];
/// Titles (as [`TITLES`] writes them) of offices whose holders only a direct statement of
/// harm makes a victim (see [`decide`]).
const HIGH_OFFICES: &[&str] = &[
    "police chief",
    "fire chief",
    "deputy chief",
    "assistant chief",
    "chief",
    "sheriff",
    "mayor",
    "governor",
    "presiding judge",
    "district attorney",
    "coroner",
    "senator",
    "representative",
];
const COMPOUND: &[&str] = &[
    "process",
    "security",
    "police",
    "bus",
    "taxi",
    "delivery",
    "store",
    "corrections",
    "correctional",
    "school",
    "truck",
    "rideshare",
    "football",
    "basketball",
    "baseball",
    "army",
    "navy",
    "county",
    "court",
    "postal",
];

static KILLED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(died|dies|killed|dead|fatally|slain|pronounced dead|succumbed|murdered|deceased|lost (?:his|her) life|did not survive|didn't survive|homicide victim|bodies|body (?:of|found|was found|was discovered)|(?:shot|stabbed|beaten) to death)\b").unwrap()
});
static INJURED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)\b(wounded|injured|hurt|hospitalized|(?:{TO_HOSPITAL_VERBS})(?: by(?: [\w-]+){{1,3}}?)? to (?:a |an |the |area |local )?(?:[\w.'’-]+ ){{0,3}}?(?:hospitals?|medical center|trauma center)|critical condition|serious condition|stable condition|non-life-threatening|grazed|treated for|(?:was|were|been) (?:\w+ly )?shot|treated (?:at|in) (?:a |an |the )?(?:[\w'’-]+ ){{0,3}}?(?:hospital|medical center)|treated and released|(?:was|were|been) (?:also )?(?:hit|struck) (?:by|with) (?:a |the )?(?:stray )?(?:{PROJECTILES})|shot in the|underwent (?:\w+ )?surgery|bleeding|injuries|gunshot wounds?|wounds?)\b")).unwrap()
});
static SUSPECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(arrested|charged|suspect|suspected|custody|accused|booked|jailed|gunman|shooter|indicted|faces|charges|wanted|surrendered|shot (?:him|her|them)|turned (?:himself|herself) in|convicted|pleaded|sentenced|warrant|opened fire|fired shots|alleged|allegedly|defendant|defendants|arraigned|charging|indictment|co-defendant|gunmen|shooters|suspects|arrest|facing|face\s+(?:[\w-]+\s+){0,3}?(?:charges?|counts?)|(?:searching|looking) for|manhunt for|cited for)\b").unwrap()
});
static ARREST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(arrested|arrest|custody|booked|jailed|charged|charging|faces|facing|face\s+(?:[\w-]+\s+){0,3}?(?:charges?|counts?)|surrendered|turned (?:himself|herself) in|arraigned|indicted|indictments?|convicted|pleaded|sentenced|held|cited for)\b").unwrap()
});
static VICTIM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(victims?|survivors?|identified (?:\w+ ){0,5}as|family of|loved ones|mother of|father of|survived by|remembered)\b").unwrap()
});
/// What may stand between two names of one list: ages, "of Town", commas, "and".
static LIST_GAP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:,?\s*(?:age\s+|aged\s+|both\s+|all\s+)?\d{1,3}|,\s*born\s+in\s+(?:19|20)\d\d)?(?:,?\s*of\s+[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)*)?",
        // ", of the 4400 block of North Ashland Avenue", "of the first block of …"
        r"(?:,?\s*of\s+the\s+(?:\d+|[a-z]+)\s+block\s+of\s+[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)*(?:\s+in\s+[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)*)?)?",
        // ", ", ", , " (a dropped field), "; ", "; and ", " and ", " & "
        r"\s*(?:,\s*,|,|;(?:\s+and)?|,?\s+and|,?\s+&)\s*",
        // "and their son, 7-year-old …", "; Green's mother, Sallie Green"
        r"(?:(?:his|her|their|[A-Z][\w'’-]*['’]s)\s+(?:[a-z-]+\s+)?(?:son|daughter|sons|daughters|child|children|mother|father|wife|husband|brother|sister|grandson|granddaughter|grandmother|grandfather|girlfriend|boyfriend|cousin|nephew|niece|stepson|stepdaughter|uncle|aunt),?\s+)?",
        r"(?:(?:a\s+)?\d{1,3}-year-old\s+)?",
        // "Capt. Tom Tennant and Senior Trooper William Hakim", "and Lance Cpl. Ned Farrow": a
        // rank before the next name (the name's mention may begin after its first words).
        r"(?:(?:Senior|Master|Staff|Police|State|Special|Sheriff['’]s|Lance|Gunnery|First|Petty|Chief)\s+)*(?:(?:Officer|Trooper|Deputy|Sgt\.|Sergeant|Capt\.|Captain|Lt\.|Lieutenant|Det\.|Detective|Cpl\.|Corporal|Agent|Pfc\.|Pvt\.|Spc\.|Private|Specialist|Seaman|Airman)\s+)?$"
    ))
    .unwrap()
});
/// Nothing, or an age, between "the death of" and the name.
static AGE_PREFIX: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(?:(?:a\s+)?\d{1,3}-year-old\s+)?$").unwrap());
static NEGATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:not|n't|never|no one was|nobody was)\s+(?:\w+\s+)?$").unwrap()
});
/// "the shooting of", "the wounding of": its object was shot.
static SHOOTING_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:shootings?|wounding|attempted murder|attempted killing) of\s").unwrap()
});
static DEATH_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:death|deaths|slaying|killing|murder|homicide|shooting death|fatal shooting|bodies|body|claimed the life|took the life) of\s").unwrap()
});
/// A harm verb in the active voice with an object after it ("shot and killed his wife",
/// "wounded two men", "fatally shot Ann Lee", "suspected of shooting Ann Lee"): its subject
/// did the harm, its object took it.
/// Group 1: a deadly verb; group 2: a wounding one.
static ACTIVE_HARM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"\b(?:(shot and killed|fatally shot|fatally stabbed|killed|killing|murdered|gunned down)|(shot and wounded|shot|wounded|wounding|injured|injuring|stabbed|(?:of|for|with)\s+shooting))\s+(?:(?:his|her|their|two|three|four|five|six|seven|eight|\d+|a|an|the|one|both|sheriff['’]s|police|{RANKS})\b|[A-Z][a-z])")).unwrap()
});
/// "identified the dead men as", "identified the shooter as": the name right after is who was
/// identified, whatever stands before "identified" (often the official who did it).
static IDENTIFIED_AS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\bidentified\s+(?:[\w-]+\s+){0,5}?as\s+").unwrap());
/// Inside "identified … as": the identified are suspects.
static SUSPECT_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:suspects?|shooters?|gunm[ae]n|killers?|attackers?)\b").unwrap()
});
/// Before "identified as", in its clause: the identified is a suspect.
static SUSPECT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:suspects?|shooters?|gunm[ae]n|killers?|attackers?)\b[^.;]{0,25}$")
        .unwrap()
});
/// Inside "identified … as": the identified died.
static DEAD_NOUN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:dead|deceased|slain|killed|bodies|body)\b").unwrap());

/// Before a name: a passive harm verb and "by" ("was shot in the leg by his cousin, ").
static PASSIVE_AGENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?(?:shot|killed|wounded|struck|injured|murdered)\b[^.;]{0,40}?\bby\s+(?:(?:his|her|their|a|an|the)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+,?\s+)?(?:(?:a\s+)?\d{1,3}-year-old\s+)?$").unwrap()
});

/// Ranks and trades a named object of a harm verb may carry ("shot sheriff's deputy Carl
/// Wenz", "killed store clerk Ann Lee"): one list for [`ACTIVE_HARM`] and [`OBJECT_GAP`].
const RANKS: &str = "officer|deputy|trooper|sergeant|detective|agent|corporal|lieutenant|firefighter|guard|clerk|cashier|employee|owner|manager|driver";

/// Between an active harm verb and its named object: nothing, a possessive with its noun
/// ("his wife, "), an age ("22-year-old "), a rank or trade ("sheriff's deputy ",
/// "Officer ", "store clerk ").
static OBJECT_GAP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^\s*(?:(?:his|her|their|the)\s+(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+,?\s+)?(?:(?:a\s+)?\d{{1,3}}-year-old\s+)?(?:[\w-]+['’]s\s+)?(?:(?:[\w'’-]+\s+){{0,2}}?(?i:{RANKS}|sgt\.|det\.|cpl\.|lt\.)\s+)?$")).unwrap()
});

/// Before a name: a relative or friend of someone ("his aunt, ", "Royal's fiancé, ", "Spikes'
/// mother ", "friend ").
static KIN_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\b(?:his|her|their|my|our)|['’]s?|^|\b[Ff]amily)\s+(?:\w+\s+){0,2}?(?:aunt|uncle|mother|father|mom|dad|grandmother|grandfather|grandma|grandpa|cousin|niece|nephew|fianc[eé]e?|friend|neighbou?r|stepfather|stepmother|godmother|godfather|pastor|coach|teacher|girlfriend's mother|boyfriend's mother),?\s+$|^(?:[Ff]riend|[Nn]eighbou?r|[Aa]unt|[Uu]ncle)\s+$").unwrap()
});
/// Charges of crimes other than a shooting: what a police blotter lists beside it.
static OTHER_CRIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:drugs?|marijuana|cocaine|heroin|meth|methamphetamine|narcotics?|paraphernalia|controlled substance|child support|driving under the influence|driving while|DUI|OWI|DWI|intoxicat\w*|disorderly conduct|trespass\w*|shoplifting|theft|burglary|larceny|parole violation|probation violation|fraud|forgery|prostitution|domestic violence|simple battery|simple assault|criminal mischief|resisting arrest|suspended license)\b").unwrap()
});
/// Words of guns or killing: a charge in a sentence with one of them may be the shooting's.
/// So may an aggravated or armed burglary (one with a weapon: the home invasions trackers
/// count).
static GUN_CRIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:shoot\w*|shot|shots|guns?|firearms?|weapons?|pistol|rifle|handgun|murder\w*|homicide|kill\w*|slay\w*|slain|manslaughter|fired|deadly|(?:aggravated|armed)\s+burglary)\b").unwrap()
});
/// Arrest words that are verbs taking an object ("arrested Tom Reyes", "charged the man").
static ACTIVE_ARREST: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^(?:arrested|charged|booked|jailed|indicted)$").unwrap());
/// After an active arrest verb: its object (a name, a pronoun, an article, an age).
static ARREST_OBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+(?:[A-Z][a-z]|(?:him|her|them|his|their|a|an|the|two|three|\d+)\b)").unwrap()
});
/// Before an active harm verb: the voice is passive ("was shot", "had been killed").
static PASSIVE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:was|were|been|is|are|be|being|got|get|gets)\s+(?:\w+\s+)?$").unwrap()
});
/// Between a name and the active harm verb of which it is the subject: "Ann Lee, 31, shot",
/// "Ann Lee, who allegedly shot", "Ann Lee then fatally shot".
static SUBJECT_GAP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:,\s*\d{1,3},)?\s*(?:,?\s*who\s+)?(?:(?:allegedly|then|also|later|had|has|have|reportedly|accidentally|intentionally)\s+)*$").unwrap()
});

/// A quotation: curly or straight marks, or one of each (scraped text mixes them: `"… killed,”`).
static QUOTED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"“[^”"]*[”"]|"[^"”]*["”]"#).unwrap());
static AGE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^,?\s*(?:(?:age|aged|both|all)\s+)?(\d{1,3})\s*(?:[,.;)—–:]|-\s|$|\s+and\s+from\b)|^,\s*an?\s+(\d{1,3})-year-old\b").unwrap()
});
/// ", in his early 40s", "in her mid-30s": an age given as part of a decade.
static AGE_DECADE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^,?\s*(?:who is |who was |is |was )?in (?:his|her|their) (early|mid|late)[- ]?(\d)0s\b",
    )
    .unwrap()
});

/// The years of an age given as part of a decade right at the start of `after` ("in his
/// early 40s" → 40–43; mid → 44–46; late → 47–49).
fn decade_age(after: &str) -> Option<(u32, u32)> {
    let c = AGE_DECADE.captures(after)?;
    let base = c[2].parse::<u32>().ok()? * 10;
    Some(match c[1].to_lowercase().as_str() {
        "early" => (base, base + 3),
        "mid" => (base + 4, base + 6),
        _ => (base + 7, base + 9),
    })
}

/// A quoted nickname inside a matched name.
static NICKNAME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"\s["“][^"“”\n]*["”]\s"#).unwrap());
/// "was identified as", "identified the victim as", "Conyers resident" or a person noun ("the
/// victim Ann Lee") right before a name; the nouns of `apposed` also after "the" and a comma
/// ("The victim, Karl Hills,").
static IDENTIFIED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    let apposed = "student|teen|teenager|man|woman|boy|girl|suspect|victim|gunman|shooter|driver";
    let others = "passenger|son|daughter|brother|sister|cousin|nephew|niece|husband|wife|boyfriend|girlfriend|survivor";
    Regex::new(&format!(r"(?:\bidentified\s+(?:(?:him|her|them|the\s+\w+|\w+\s+\w+|\w+)\s+)?as|\b\w+\s+resident|\b(?:{apposed}|{others})|\b[Tt]he\s+(?:{apposed}),)\s+$")).unwrap()
});
/// After a name, a verb phrase only a person is the subject of.
static PERSON_VERB_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^{RESIDENCE_AND_OTHER}(?:(?:was|is|has\s+been|had\s+been)\s+(?:also\s+)?(?:arrested|charged|accused|indicted|booked|convicted|sentenced|shot|wounded|injured|killed|pronounced\s+dead)|(?:was|is)\s+(?:one\s+of\s+the|among\s+the)\s+(?:victims|dead|wounded|injured)|(?:was|were)\s+found\s+(?:dead|shot|wounded|with|suffering|unresponsive|in)\b|(?:died|pleaded|surrendered)\b)")).unwrap()
});
/// "victim Ann Lee said": a name the story labels its victim, right before it (not "the
/// mother of one victim, Ann Lee": see [`OF_VICTIM_BEFORE`]).
static VICTIM_LABEL_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:shooting\s+|gunshot\s+)?victims?\s+$").unwrap());
static OF_VICTIM_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bof\s+(?:the\s+|one\s+|a\s+|another\s+)?(?:\w+\s+)?victims?\s+$").unwrap()
});
/// "The victim, Karl Hills, would have turned 8", "one of the victims, Ann Lee.": a name in
/// apposition to "the victim" (closed by a comma or a full stop after the name; "with the
/// victims, Madera said" is a speaker after a clause).
static VICTIM_APPOSITION_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:the\s+(?:shooting\s+)?victim|one\s+of\s+the\s+victims),\s+$").unwrap()
});
/// "The suspect, Kurt Myers, was found dead": a name in apposition to "the suspect" or "the
/// gunman" (closed as for [`VICTIM_APPOSITION_BEFORE`]).
static SUSPECT_APPOSITION_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\bthe\s+(?:alleged\s+|accused\s+|suspected\s+)?(?:suspect|gunman|shooter),\s+$",
    )
    .unwrap()
});
/// A residence after a name: "of Polkton", "of 900 Garden Way #9 in Manhattan".
macro_rules! residence {
    () => {
        r"(?:,?\s+of\s+(?:\d+\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*(?:\s+#\d+)?(?:\s+in\s+(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*)?)"
    };
}

/// What may stand between a name (and its age) and its verb: a residence and another name
/// of the same subject ("and Tom Roe, 35").
const RESIDENCE_AND_OTHER: &str = concat!(
    r"(?:,\s*\d{1,3})?",
    residence!(),
    r"?(?:,?\s+and\s+(?:[A-Z][\w.'’-]*\s+){1,3}?[A-Z][\w.'’-]*(?:,\s*\d{1,3})?)?,?\s+"
);

/// After a name, a verb phrase that says the person was harmed.
static HARMED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^{RESIDENCE_AND_OTHER}(?:(?:was|is|has\s+been|had\s+been|were)\s+(?:also\s+)?(?:fatally\s+|critically\s+|seriously\s+)?(?:shot|wounded|killed|injured|hit|struck|slain|murdered|pronounced\s+dead)|(?:died|dies)\b)")).unwrap()
});

/// After a name, its transport to a hospital ("Ann Lee, 54, and Tom Roe, 35, were taken by
/// fire rescue to Lakeside Health North"): hurt, or dead if other words say so.
static TAKEN_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^{RESIDENCE_AND_OTHER}(?:was|were)\s+(?:later\s+|also\s+|both\s+)?(?:{TO_HOSPITAL_VERBS})\s+(?:by\s+(?:[\w-]+\s+){{1,4}}?)?to\s+(?:a\s+|an\s+|the\s+)?(?:[A-Z][\w.'’-]*\s+){{0,4}}?(?:hospital|Hospital|Medical|Health|Trauma|Regional|Memorial|Children's|medical\s+center|trauma\s+center)\b")).unwrap()
});
static AGE_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\d{1,3})-year-old\s+(?:[a-z]+,?\s+){0,3}$").unwrap());

/// The age written before a name ("17-year-old Juzahris Webb", "a 20-year-old man, Tom
/// Reyes"), unless a preposition or a verb stands between them: "a 2-year-old boy in Tarpon
/// Springs", "a 50-year-old died at Allgood Grocery", "the 9-year-old son of Dale Fry" give
/// the age of someone else.
fn age_before(before: &str) -> Option<u32> {
    let c = AGE_BEFORE.captures(before)?;
    let gap = &before[c.get(1).unwrap().end()..];
    let blocked = gap.split_whitespace().skip(1).any(|w| {
        matches!(
            w.trim_end_matches(','),
            "in" | "at"
                | "from"
                | "of"
                | "near"
                | "on"
                | "outside"
                | "inside"
                | "to"
                | "into"
                | "died"
                | "was"
                | "were"
                | "is"
        )
    });
    if blocked {
        return None;
    }
    c[1].parse().ok()
}
static GENDER_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(man|woman|boy|girl|male|female|mother|father|son|daughter|husband|wife)\b[^.]{0,12}$",
    )
    .unwrap()
});

#[derive(Debug, Default, Clone)]
struct Draft {
    name: String,
    title: Option<String>,
    title_role: Option<Role>,
    age: Option<u32>,
    age_range: Option<(u32, u32)>,
    gender: Option<Gender>,
    killed: f32,
    injured: f32,
    suspect: f32,
    arrested: f32,
    victim: f32,
    speaker: f32,
    unharmed: f32,
    /// Harm said of the person by grammar, not by nearness: the object of "killing", the
    /// subject of "was shot" or "died", "the death of …".
    direct_harm: f32,
    /// Mentions as a relative or friend of someone ("his aunt, Kim Barnett").
    kin: f32,
    evidence: Vec<Evidence>,
}

/// Signal words farther than this (bytes) from every person belong to no one named.
const MAX_SIGNAL_DISTANCE: usize = 90;

/// A mention of a person inside one sentence (byte range in the sentence text).
#[derive(Debug, Clone, Copy)]
struct Mention {
    person: usize,
    start: usize,
    end: usize,
}

static SAYS_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:,[^,]{0,60},(?:\s+who\s+(?:lives|lived|works|worked|saw|witnessed|heard|owns|runs)\b[^,]{0,50},)?|,|\s+(?:of|with|from|for|at)\s+[^,.]{0,50}?)?(?:\s+(?:also|earlier|later|previously|then|again|had|has|have))*\s+(?:said|says|told|tells|added|adds|stated|states|wrote|writes|explained|explains|confirmed|confirms|announced|announces|declined|called|reported|reports|noted|notes|indicated|indicates)\b").unwrap()
});
/// Before a name: the verb of its speech and up to four words ("said Sgt. Ann Ross", "said
/// the boy's mother Ann Ross"); see [`says_before`].
static SAYS_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:said|says|according to|told|added|reported|explained|recalled|noted|asked)\s+((?:[a-z][\w.'’-]*\s+){0,4})$",
    )
    .unwrap()
});

/// Does the text before a name end in who is speaking ([`SAYS_BEFORE`])? Not when a verb
/// stands between: in "Dana Pruitt says Nora Keane killed Elena Marsh" the name after
/// "killed" is who was killed, not who says it.
fn says_before(before: &str) -> bool {
    SAYS_BEFORE.captures(before).is_some_and(|c| {
        !c[1].split_whitespace().any(|w| {
            w.starts_with(|ch: char| ch.is_lowercase())
                && (w.ends_with("ed")
                    || matches!(
                        w,
                        "shot" | "hit" | "struck" | "stabbed" | "beat" | "kills" | "shoots"
                    ))
        })
    })
}

/// "Tarn's grandmother", "Lee's car": the mention owns what follows.
fn is_possessive(text: &str, m: &Mention) -> bool {
    let after = &text[m.end..];
    ["'s ", "’s ", "' ", "’ "]
        .iter()
        .any(|p| after.starts_with(p))
}

/// Is this mention the speaker of its clause ("..., Chief Ann Lee said")? Speakers report
/// the facts of a sentence; they do not take its victim or suspect words.
fn is_speaker(text: &str, m: &Mention) -> bool {
    // "…, killing A, 18, and B, 20, said Los Angeles police": the speaker comes after the
    // verb, so the name before it is what was said.
    let says_after = SAYS_AFTER
        .find(&text[m.end..])
        .is_some_and(|s| !SPEAKER_AFTER_VERB.is_match(&text[m.end + s.end()..]));
    says_after || (says_before(&text[..m.start]) && !SUBJECT_AFTER.is_match(&text[m.end..]))
}

/// Right after "said", to the end of the clause: who said it ("said police.", "said Los
/// Angeles police Det. Tom Cruz.", "said the sheriff,"; not "said deputies arrested him").
static SPEAKER_AFTER_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}?(?:police|officials|authorities|deputies|investigators|detectives|prosecutors|officers|troopers|sheriff|Sheriff|Police|Sgt\.?|Lt\.?|Det\.?|Capt\.?|Chief|Officer|Deputy|Detective|Sergeant|Lieutenant|spokes(?:man|woman|person))\b(?:\s+[A-Z][\w.'’-]*){0,4}\s*(?:[.,;]|$)").unwrap()
});

/// After a name that follows "said": a verb whose subject the name is ("police said James
/// Gaylord, 71, died", "police said Ann Lee of Dayton was shot", "DNR said Cochran
/// accidentally shot Conly", "said Sgt. Ann Ross and
/// Lance Cpl. Ned Farrow were killed"), so the name is what was said, not who said it.
static SUBJECT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    let rank = crate::text::ABBREVIATED_RANK;
    let residence = residence!();
    Regex::new(&format!(r"^(?:,\s*(?:also\s+|both\s+)?\d{{1,3}},)?(?:{residence},?)?(?:\s+and\s+{rank}?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}}(?:,\s*\d{{1,3}},)?)?(?:\s+(?:accidentally|allegedly|reportedly|intentionally|then|later|also))?\s+(?:was|were|is|are|has|had|have|died|dies|shot|killed|fired|opened|pulled|allegedly|also|then|faces|remains|remained|suffered|sustained)\b")).unwrap()
});

/// Is the run of capitalised `words` a person's name? `titled`: a title or an age goes with
/// it; `person_context`: the words around it fit only a person ("identified as", "was
/// arrested"), which vouches for a first name the census list lacks but not for a place.
fn is_name(words: &[&str], titled: bool, person_context: bool) -> bool {
    // A titled or aged run, or one a person's verb follows, may end in a surname that is
    // also a place word ("Iiaonna Green, 18", "Officer Dana Hall", "Jon Ward was arrested").
    let last_word = words[words.len() - 1];
    // "Thomas May, 26": of the months only May is a common surname; a run of two or more
    // names that an age or a title vouches for may end in it.
    // "Hudson Street", "Avoyelles Parish": a street's or a parish's word is no surname here.
    let last_is_surname = (titled || person_context)
        && !matches!(
            last_word,
            "Street" | "Avenue" | "Road" | "Boulevard" | "Parish"
        )
        && !WEEKDAYS.contains(&last_word)
        && (!MONTHS.contains(&last_word) || (last_word == "May" && words.len() >= 2))
        && LAST_NAMES.contains_key(last_word.to_lowercase().as_str());
    let checked = if last_is_surname {
        &words[..words.len() - 1]
    } else {
        words
    };
    // "April McDaniel, 18", "Dakota Washington, 16": months and state words that are first
    // names, when an age, a title or a person's verb vouches for the run.
    let checked = match checked.split_first() {
        Some((first, rest))
            if (titled || person_context)
                && words.len() >= 2
                && (matches!(*first, "April" | "May" | "June" | "August")
                    || (STATE_WORDS.contains(first)
                        && FIRST_NAMES.contains_key(first.to_lowercase().as_str()))) =>
        {
            rest
        }
        _ => checked,
    };
    if checked
        .iter()
        .any(|w| NOT_NAME.contains(w.trim_end_matches(['.', ','])))
    {
        return false;
    }
    // "Slick's Go-Go Bar", "WALB's Jake Wallace": a possessive is not inside a name, and a
    // rank word ("Deputy Charlie Rose" after "Chief") is a title, not a first name.
    if words[..words.len() - 1]
        .iter()
        .any(|w| w.ends_with("'s") || w.ends_with("’s"))
        || words.iter().any(|w| TITLES.iter().any(|(t, _, _)| t == w))
    {
        return false;
    }
    let first = words[0].to_lowercase();
    if FUNCTION_WORDS.contains(&first.as_str()) {
        return false;
    }
    // "Fort Wayne", "Grand Rapids": a known place is not a person; a city of 100,000 is not
    // one even with an age next to it ("in San Bernardino, 14 people…").
    let min_population = if titled { 100_000 } else { 1000 };
    if crate::gazetteer::GAZETTEER
        .places(&words.join(" "))
        .iter()
        .any(|p| p.population >= min_population)
    {
        return false;
    }
    let last = words[words.len() - 1].to_lowercase();
    titled
        || person_context
        || FIRST_NAMES.contains_key(first.as_str())
        // "Miami McDonald's": a big city is no first name.
        || (words.len() == 2
            && LAST_NAMES.contains_key(last.as_str())
            && crate::gazetteer::GAZETTEER
                .places(words[0])
                .iter()
                .all(|p| p.population < 100_000))
}

fn last_name(full: &str) -> &str {
    full.split_whitespace()
        .rev()
        .find(|w| !matches!(*w, "Jr." | "Sr." | "II" | "III" | "IV"))
        .unwrap_or(full)
}

/// The occupation in apposition before or after the name, if any.
fn apposition(before: &str, after: &str) -> Option<String> {
    let occupation = |phrase: &str| -> Option<String> {
        let words: Vec<&str> = phrase.split_whitespace().collect();
        let last = *words.last()?;
        if !OCCUPATIONS.contains(&last) && !SPEAKS_FOR_OTHERS.contains(&last) {
            return None;
        }
        let mut title = last.to_string();
        if words.len() >= 2 && COMPOUND.contains(&words[words.len() - 2]) {
            title = format!("{} {title}", words[words.len() - 2]);
        }
        Some(title)
    };
    static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:\b(?:the|a|an|his|her|their)|['’]s)\s+((?:[a-z'-]+\s+){0,2}[a-z]+),?\s+$")
            .unwrap()
    });
    static AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:,|\s+(?:was|is)\s+(?:identified\s+as\s+)?)\s*(?:a|an|the)\s+(?:\d+-year-old\s+)?((?:[a-z'-]+\s+){0,2}[a-z]+)").unwrap()
    });
    // "police spokeswoman Remi Braden", "Tulsa Police sergeant Dave Walker": an occupation in
    // lower case right before the name, without an article.
    static BARE_BEFORE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\b((?:[a-z'-]+\s+)?[a-z]+)\s+$").unwrap());
    for re in [&*BEFORE, &*BARE_BEFORE] {
        if let Some(c) = re.captures(before)
            && let Some(t) = occupation(&c[1])
        {
            return Some(t);
        }
    }
    AFTER.captures(after).and_then(|c| occupation(&c[1]))
}

/// The people of one report as they are read: a draft per person, the names that find each,
/// and where each is mentioned.
#[derive(Default)]
struct Roster {
    drafts: Vec<Draft>,
    by_last: FxHashMap<String, usize>,
    by_full: FxHashMap<String, usize>,
    /// Per sentence, its mentions of people, in order.
    mentions: Vec<Vec<Mention>>,
    /// Names that a day, street, park or school is named after in this report ("Martin Luther
    /// King Jr. Day"): the same name elsewhere in it ("Rev. Martin Luther King Jr.", "Dr.
    /// King Jr.") is the namesake, not someone the story is about.
    namesakes: Vec<Vec<String>>,
}

/// People named in the report, in order of first mention.
pub fn people(sentences: &[Sentence]) -> Vec<Person> {
    let mut roster = Roster {
        mentions: vec![Vec::new(); sentences.len()],
        ..Roster::default()
    };
    full_names(sentences, &mut roster);
    last_name_mentions(sentences, &mut roster);
    signals(sentences, &roster.mentions, &mut roster.drafts);
    genders_by_age(sentences, &mut roster.drafts);
    let Roster {
        drafts, namesakes, ..
    } = roster;
    drafts
        .into_iter()
        .filter(|d| {
            let words = name_words(&d.name);
            !namesakes.iter().any(|n| n.ends_with(&words))
        })
        .map(decide)
        .collect()
}

/// "A 24-year-old man was shot … Police named him as Ann Lee's son, Dan Lee, 24": a person
/// of no stated gender whose age a described person has is of that description's gender,
/// when every description of that age agrees.
fn genders_by_age(sentences: &[Sentence], drafts: &mut [Draft]) {
    static DESCRIBED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\b(\d{1,3})-year-old\s+(man|woman|boy|girl|male|female)\b").unwrap()
    });
    if !drafts.iter().any(|d| d.gender.is_none() && d.age.is_some()) {
        return;
    }
    let mut by_age: FxHashMap<u32, Option<Gender>> = FxHashMap::default();
    for s in sentences {
        for c in DESCRIBED.captures_iter(&s.text) {
            let (Ok(age), Some(g)) = (c[1].parse::<u32>(), gendered_noun(&c[2])) else {
                continue;
            };
            by_age
                .entry(age)
                .and_modify(|seen| {
                    if *seen != Some(g) {
                        *seen = None;
                    }
                })
                .or_insert(Some(g));
        }
    }
    for d in drafts.iter_mut().filter(|d| d.gender.is_none()) {
        if let Some(Some(g)) = d.age.and_then(|a| by_age.get(&a)) {
            d.gender = Some(*g);
        }
    }
}

/// Surnames a text repeats with no first name, lowercased: a capitalised word that is not
/// the first of its sentence, is a known surname and no first name or other non-name word,
/// written at least twice so ("Okafor took the post … Okafor would not comment"). News of
/// no known kind often names the person it is about so, and no rule reads such a word as a
/// person.
pub fn repeated_surnames(sentences: &[Sentence]) -> Vec<String> {
    // Mentions, and mentions not opening a sentence (at least one is needed: a sentence's
    // first word is capitalised whatever it is).
    let mut seen: FxHashMap<String, (u32, u32)> = FxHashMap::default();
    for s in sentences {
        for (k, w) in s.text.split_whitespace().enumerate() {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            let w = w
                .strip_suffix("'s")
                .or_else(|| w.strip_suffix("’s"))
                .unwrap_or(w);
            let capitalised = w.len() > 2
                && w.starts_with(|c: char| c.is_ascii_uppercase())
                && w[1..].chars().all(|c| c.is_ascii_lowercase());
            if !capitalised || NOT_NAME.contains(w) {
                continue;
            }
            // A word that is a common first name too ("Scott", "Ryan") is left out; a rare
            // one is a surname here ("Reid", "Jackson": under 0.05 % of first names).
            let lower = w.to_ascii_lowercase();
            let common_first = FIRST_NAMES
                .get(lower.as_str())
                .is_some_and(|percent| *percent >= COMMON_FIRST_NAME_PERCENT);
            if !common_first && LAST_NAMES.contains_key(lower.as_str()) {
                let e = seen.entry(lower).or_default();
                e.0 += 1;
                e.1 += u32::from(k > 0);
            }
        }
    }
    let mut out: Vec<String> = seen
        .into_iter()
        .filter(|(_, (all, inside))| *all >= 2 && *inside >= 1)
        .map(|(w, _)| w)
        .collect();
    out.sort();
    out
}

/// Pass 1: full names, each a new person or one already named.
fn full_names(sentences: &[Sentence], roster: &mut Roster) {
    let Roster {
        drafts,
        by_last,
        by_full,
        mentions,
        namesakes,
    } = roster;
    for (si, s) in sentences.iter().enumerate() {
        let text = s.text.as_str();
        let mut at = 0;
        while let Some(c) = NAME.captures_at(text, at) {
            let full = c.get(2).unwrap();
            let m = c.get(0).unwrap();
            at = m.end();
            // "Tuesday Curtis Hollinger", "Defendants Christopher Aguayo": when a run of three
            // or more words that opens with a date or a label word is refused, the search
            // starts again at its second word.
            let mut run = full.as_str().split_whitespace();
            // "Pike County Sheriff Kenny Cotton": a refused run with a rank word inside starts
            // again at the rank, which then titles the name after it.
            let retry_at = (run.clone().count() >= 3
                && run.next().is_some_and(|w| {
                    LEADING_LABEL.contains(&w)
                        || WEEKDAYS.contains(&w)
                        || (MONTHS.contains(&w) && w != "May")
                }))
            .then(|| full.start() + full.as_str().find(char::is_whitespace).unwrap_or(0) + 1)
            .or_else(|| {
                let mut offset = 0;
                full.as_str().split(' ').enumerate().find_map(|(i, w)| {
                    let at = full.start() + offset;
                    offset += w.len() + 1;
                    // "York City Police Sgt. Dan Aikey": an abbreviated rank's full stop
                    // stands after the run. "While Assistant District Attorney Stacy Lee":
                    // a title of several words starts at this word.
                    let rest = &text[at..];
                    let is_title = |t: &str| {
                        t == w
                            || t.strip_suffix('.') == Some(w)
                            || (t.contains(' ')
                                && rest.strip_prefix(t).is_some_and(|r| r.starts_with(' ')))
                    };
                    (i > 0 && TITLES.iter().any(|(t, _, _)| is_title(t))).then_some(at)
                })
            });
            let mut title = c.get(1).map(|t| t.as_str());
            // The nickname is not part of the name the record keys people by.
            let plain = NICKNAME.replace_all(full.as_str(), " ");
            let mut words: Vec<&str> = plain.split_whitespace().collect();
            // "Hannah Johnson’s car": the possessive is not part of the name.
            if let Some(last) = words.last_mut() {
                *last = last
                    .strip_suffix("’s")
                    .or_else(|| last.strip_suffix("'s"))
                    .unwrap_or(last);
            }
            // "… identified as Mel Edwards, Jeremy Lewis The shotgun-wielding student shot …":
            // a headline run into the next sentence without its full stop. That sentence's
            // first word is no name word, and what stands before it is not read here either
            // (cut there, "Meanwhile Baltimore The …" would pass for a name).
            if words.len() > 2 && words.last().is_some_and(|w| SENTENCE_OPENERS.contains(w)) {
                continue;
            }
            // "in Auburn Gresham": a neighbourhood, not a person.
            if words.len() >= 2
                && crate::neighbourhoods::is_long_neighbourhood_name(&words.join(" "))
            {
                continue;
            }
            // "Martin Luther King Jr. Boulevard", "John Stroger Hospital": the name of a
            // street, a building or an institution, not of a person.
            // "John Stroger Jr. Hospital": the name's last word is the suffix, its dot after it.
            let after_name = &text[m.end()..];
            let after_name = if m.as_str().ends_with(" Jr") || m.as_str().ends_with(" Sr") {
                after_name.strip_prefix('.').unwrap_or(after_name)
            } else {
                // "Martin Luther King, Jr. parade": the suffix after a comma.
                [", Jr.", ", Sr.", " Jr.", " Sr."]
                    .iter()
                    .find_map(|sfx| after_name.strip_prefix(sfx))
                    .unwrap_or(after_name)
            };
            let next_word = after_name
                .split_whitespace()
                .next()
                .unwrap_or("")
                .trim_end_matches(['.', ',', ';', ':']);
            // "Martin Luther King Jr. Memorial Park" too.
            let word_after = || {
                let mut w = after_name.split_whitespace().skip(1);
                w.next().map(|w| w.trim_end_matches(['.', ',', ';', ':']))
            };
            if COMMEMORATES.contains(&next_word)
                || (next_word == "Memorial"
                    && word_after().is_some_and(|w| COMMEMORATES.contains(&w)))
            {
                namesakes.push(name_words(m.as_str()));
            }
            // "Baylor Scott & White", "Smith & Wesson": a firm's name.
            if next_word == "&"
                || NAMED_AFTER.contains(&next_word)
                || NAMED_AFTER_LOWER.contains(&next_word.to_ascii_lowercase().as_str())
                    && next_word.starts_with(|c: char| c.is_ascii_lowercase())
            {
                continue;
            }
            // "NBC 6's Jamie Guirola": a station's reporter.
            // "(Eric Clark / Chicago Tribune)", "Sam Charles/Sun-Times", "(Provided
            // Photo/Josh Sigler)", "Photo: Karen Warren, Houston Chronicle", "Kendall Rodriguez
            // for New York Daily News", "(Julia Scheib)": a photo credit; "aka Big Heavy": a nickname; "Amber Krycka
            // (@AmberANjax)": an embedded post's author; "was taken to Ben Taub": where the
            // wounded were taken is a hospital.
            let before = text[..m.start()].trim_end();
            let after = &text[m.end()..];
            if next_word.starts_with('/')
                || TAKEN_TO.is_match(before)
                || (c.get(1).is_none() && PLACE_WORD_BEFORE.is_match(before))
                || before.ends_with('/')
                || PHOTO_CREDIT_BEFORE.is_match(before)
                || STATION_BEFORE.is_match(before)
                || PHOTO_CREDIT_AFTER.is_match(after)
                || (before.ends_with('(') && after.starts_with(')'))
                || (before.ends_with('(') && CREDIT_LIST_AFTER.is_match(after))
                || after.starts_with(" (@")
                || text[..m.start()].ends_with("aka ")
                // "St. Charles Bend" (a hospital), "Zane Grey high schools".
                || before.ends_with("St.")
                // "133 Morgan Lane": a house number opens an address.
                || before.ends_with(|c: char| c.is_ascii_digit())
                || (next_word == "high"
                    && word_after().is_some_and(|w| w.starts_with("school")))
                || text[..m.start()].ends_with("a.k.a. ")
            {
                continue;
            }
            // "Chief Deputy Charlie Rose": the second rank word belongs to the title.
            if words.len() >= 3 && TITLES.iter().any(|(t, _, _)| *t == words[0]) {
                title = Some(words[0]);
                words.remove(0);
            }
            // "arrested Dalton Edwards Wednesday night": a weekday or month after the name is
            // not part of it.
            while words.len() > 2
                && words.last().is_some_and(|w| {
                    let w = w.trim_end_matches(['.', ',']);
                    WEEKDAYS.contains(&w) || MONTHS.contains(&w)
                })
            {
                words.pop();
            }
            // "Zaverick Tolle Jr., 16": the run took "Jr" for a name word; its dot ends the name.
            let mut name_end = m.end();
            let mut suffix = "";
            if words.len() > 2 && matches!(words.last(), Some(&("Jr" | "Sr"))) {
                suffix = if words.pop() == Some("Jr") {
                    " Jr."
                } else {
                    " Sr."
                };
                if text[name_end..].starts_with('.') {
                    name_end += 1;
                }
            }
            // An age written against the run ("17-year-old Juzahris Webb", "Jakairion Spikes,
            // 16,") makes it a person even when the first name is not in the Census list.
            // So does "identified as" before it, or a verb after it that only a person takes
            // ("Darnell Quist was arrested", "… is accused of").
            let aged = age_before(&text[..m.start()]).is_some()
                || AGE_AFTER.is_match(&text[m.start() + full.as_str().len()..])
                || AGE_AFTER.is_match(&text[name_end..]);
            let person_context = IDENTIFIED_BEFORE.is_match(&text[..m.start()])
                || PERSON_VERB_AFTER.is_match(&text[name_end..]);
            // "Lance Cpl. Ned Farrow": a run ending in an abbreviated rank ("Cpl" before its
            // full stop) is no name; the search starts again at the rank.
            let ends_in_rank = words.len() >= 2
                && text[m.end()..].starts_with('.')
                && TITLES
                    .iter()
                    .any(|(t, _, _)| t.strip_suffix('.') == words.last().copied());
            if ends_in_rank || !is_name(&words, title.is_some() || aged, person_context) {
                if let Some(r) = retry_at {
                    at = r;
                }
                continue;
            }
            let name = words.join(" ") + suffix;
            // "Liwanag Bisente" after "Hector Liwanag Bisente" (a first name glued to the
            // word before it: "TimesHector"): the last words of a longer name are that name.
            let longer = || {
                let tail = format!(" {}", name.to_lowercase());
                drafts
                    .iter()
                    .position(|d| words.len() >= 2 && d.name.to_lowercase().ends_with(&tail))
            };
            // "Anthony Johnson" beside "Anthony Earl Johnson": one name written with and
            // without its middle name (first and last words the same, one of them two words).
            let middle = || {
                let lower = name.to_lowercase();
                let new: Vec<&str> = lower.split_whitespace().collect();
                drafts.iter().position(|d| {
                    let old_lower = d.name.to_lowercase();
                    let old: Vec<&str> = old_lower.split_whitespace().collect();
                    let fuller = if old.len() > new.len() { &old } else { &new };
                    new.len() >= 2
                        && old.len() >= 2
                        && old.len() != new.len()
                        && old.len().min(new.len()) == 2
                        && old[0] == new[0]
                        && old.last() == new.last()
                        // A middle name written out, not an initial ("Thomas F. Lane" and
                        // "Thomas Lane" stay two drafts, merged by the record): one draft
                        // weighs the signals of both, which an initial's drafts have not
                        // needed (GVA: 3 suspects read as victims when they were merged).
                        && fuller[1..fuller.len() - 1]
                            .iter()
                            .all(|w| w.trim_end_matches('.').len() > 1)
                })
            };
            // "Vinnitra Dobbs" beside "Vynnitra Dobbs": one letter's difference in the first
            // or the last name of a two-word name is a misspelling (as the record merges
            // people across reports), not a second person.
            let misspelled = || {
                let new = storyfold_model::name_words(&name);
                let [f1, l1] = new.as_slice() else {
                    return None;
                };
                drafts.iter().position(|d| {
                    let old = storyfold_model::name_words(&d.name);
                    let [f2, l2] = old.as_slice() else {
                        return false;
                    };
                    (l1 == l2 && storyfold_model::one_letter_apart(f1, f2))
                        || (f1 == f2 && storyfold_model::one_letter_apart(l1, l2))
                })
            };
            let idx = match by_full
                .get(&name.to_lowercase())
                .copied()
                .or_else(longer)
                .or_else(middle)
                .or_else(misspelled)
            {
                Some(i) => {
                    // The fuller writing names the person.
                    if drafts[i].name.split_whitespace().count() < words.len() {
                        drafts[i].name = name.clone();
                        by_full.insert(name.to_lowercase(), i);
                    }
                    i
                }
                None => {
                    drafts.push(Draft {
                        name: name.clone(),
                        ..Default::default()
                    });
                    let i = drafts.len() - 1;
                    by_full.insert(name.to_lowercase(), i);
                    // A bare last name refers to the first person introduced with it.
                    by_last.entry(last_name(&name).to_lowercase()).or_insert(i);
                    i
                }
            };
            let d = &mut drafts[idx];
            if let Some(t) = title
                && let Some((_, title, role)) =
                    TITLES.iter().find(|(w, _, _)| w.eq_ignore_ascii_case(t))
            {
                if !title.is_empty() && d.title.is_none() {
                    d.title = Some(title.to_string());
                    d.title_role = Some(*role);
                }
                if t == "Mr." {
                    d.gender = Some(Gender::Male);
                } else if t == "Mrs." || t == "Ms." {
                    d.gender = Some(Gender::Female);
                }
            }
            let before = &text[..m.start()];
            let after = &text[name_end..];
            if d.age.is_none() {
                d.age = AGE_AFTER
                    .captures(after)
                    .and_then(|a| a.get(1).or(a.get(2))?.as_str().parse().ok())
                    .or_else(|| age_before(before))
                    .filter(|a| *a < 110);
            }
            if d.age.is_none() && d.age_range.is_none() {
                d.age_range = decade_age(after);
            }
            // An occupation of one who speaks for others beats a rank that may be a victim's
            // ("sheriff's spokesman Deputy Ann Lee"); an official's rank stays.
            if d.title_role != Some(Role::Official)
                && let Some(a) = apposition(before, after)
                && (d.title.is_none() || speaks_for_others(&a))
            {
                d.title = Some(a);
            }
            if d.gender.is_none()
                && let Some(g) = GENDER_BEFORE.captures(before)
            {
                d.gender = gendered_noun(&g[1]);
            }
            // "Cedric and James Poore were shot": the first first name shares the surname.
            // Not a surname already read alone ("Jackson and James Poore").
            if let Some((start, first)) = first_name_sharing_surname(&text[..m.start()], &words)
                && !by_last.contains_key(&first.to_lowercase())
            {
                let shared = format!("{first} {}", words[1]);
                let key = shared.to_lowercase();
                let j = match by_full.get(&key) {
                    Some(&j) => j,
                    None => {
                        drafts.push(Draft {
                            name: shared,
                            ..Default::default()
                        });
                        by_full.insert(key, drafts.len() - 1);
                        drafts.len() - 1
                    }
                };
                // "and" between the two makes them one list, which shares what is said.
                mentions[si].push(Mention {
                    person: j,
                    start,
                    end: start + first.len(),
                });
            }
            mentions[si].push(Mention {
                person: idx,
                start: m.start(),
                end: name_end,
            });
        }
    }
}

static FIRST_AND_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|([A-Za-z.]+)[\s,]+)([A-Z][a-z]+)\s+(?:and|&)\s+$").unwrap());

/// A first name written just before "and" and a two-word name ("Cedric and James Poore",
/// "brothers Brendan and Branden Christian"): its start in `before` and the name. Not when
/// a capitalised word stands before it ("Tia Lee and Omar Brisco", "Genesis General Tyler
/// and Rita Lang": a surname, a rank), except a sentence's first word that is no first name
/// ("Brothers Marcus and …"), nor after a place's preposition ("in Jackson and Ann Sims").
fn first_name_sharing_surname<'a>(before: &'a str, words: &[&str]) -> Option<(usize, &'a str)> {
    if words.len() != 2 {
        return None;
    }
    let c = FIRST_AND_BEFORE.captures(before)?;
    if let Some(w) = c.get(1) {
        let lower = w.as_str().to_lowercase();
        let capitalised = w.as_str().starts_with(|ch: char| ch.is_ascii_uppercase());
        if (capitalised && (w.start() > 0 || FIRST_NAMES.contains_key(lower.as_str())))
            || matches!(lower.as_str(), "in" | "at" | "near" | "from" | "of" | "to")
        {
            return None;
        }
    }
    let first = c.get(2)?;
    let lower = first.as_str().to_lowercase();
    (FIRST_NAMES.contains_key(lower.as_str())
        && !FUNCTION_WORDS.contains(&lower.as_str())
        && !NOT_NAME.contains(first.as_str()))
    .then_some((first.start(), first.as_str()))
}

/// Pass 2: last-name mentions of people already named ("Allen, 35, leaves behind ...").
fn last_name_mentions(sentences: &[Sentence], roster: &mut Roster) {
    let Roster {
        drafts,
        by_last,
        mentions,
        ..
    } = roster;
    for (si, s) in sentences.iter().enumerate() {
        let text = s.text.as_str();
        for (key, &idx) in by_last.iter() {
            let last = last_name(&drafts[idx].name).to_string();
            let last = last.as_str();
            let mut from = 0;
            while let Some(pos) = text[from..].find(last) {
                let start = from + pos;
                let end = start + last.len();
                from = end;
                let bounded = text[..start]
                    .chars()
                    .last()
                    .is_none_or(|c| !c.is_alphanumeric())
                    && text[end..]
                        .chars()
                        .next()
                        .is_none_or(|c| !c.is_alphanumeric());
                let covered = mentions[si]
                    .iter()
                    .any(|m| m.start <= start && end <= m.end);
                if bounded && !covered && !key.is_empty() {
                    mentions[si].push(Mention {
                        person: idx,
                        start,
                        end,
                    });
                    let d = &mut drafts[idx];
                    if d.age.is_none() {
                        d.age = AGE_AFTER
                            .captures(&text[end..])
                            .and_then(|a| a.get(1).or(a.get(2))?.as_str().parse().ok())
                            .filter(|a| *a < 110);
                    }
                }
            }
        }
        mentions[si].sort_by_key(|m| m.start);
    }
}

/// Pass 3: give each signal to the nearest mention in its sentence. A sentence that names
/// no one but opens with "He" or "She" speaks of the last person the sentence before it
/// named (not its speaker), when their gender does not disagree.
fn signals(sentences: &[Sentence], mentions: &[Vec<Mention>], drafts: &mut [Draft]) {
    let mut previous: Option<usize> = None;
    for (si, s) in sentences.iter().enumerate() {
        let text = s.text.as_str();
        let pronoun = match text.split_whitespace().next() {
            Some("He") => Some(Gender::Male),
            Some("She") => Some(Gender::Female),
            _ => None,
        };
        let carried: Vec<Mention>;
        let all: &Vec<Mention> = if mentions[si].is_empty()
            && let (Some(g), Some(p)) = (pronoun, previous)
            && drafts[p].gender.is_none_or(|d| d == g)
        {
            let end = if g == Gender::Male { 2 } else { 3 };
            carried = vec![Mention {
                person: p,
                start: 0,
                end,
            }];
            // "He was in his early 40s."
            let d = &mut drafts[p];
            // "He is survived by his wife": the pronoun that carried the sentence to this
            // person gives their gender (the carry needs it not to disagree).
            d.gender.get_or_insert(g);
            if d.age.is_none() && d.age_range.is_none() {
                d.age_range = decade_age(&text[end..]);
            }
            &carried
        } else {
            &mentions[si]
        };
        // Not a name in the possessive: "Tarn's grandmother said she was at work. She kept
        // the gun in a drawer" is of the grandmother.
        previous = all
            .iter()
            .rev()
            .find(|m| !is_speaker(text, m) && !is_possessive(text, m))
            .map(|m| m.person);
        if all.is_empty() {
            continue;
        }
        sentence_signals(s, all, drafts);
    }
}

/// Pass 3 for one sentence: its signal words to the people `all` mentions in it (speakers
/// first taken out).
fn sentence_signals(s: &Sentence, all: &[Mention], drafts: &mut [Draft]) {
    let text = s.text.as_str();
    let actors: Vec<Mention> = all
        .iter()
        .filter(|m| !is_speaker(text, m))
        .copied()
        .collect();
    for m in all.iter().filter(|m| is_speaker(text, m)) {
        drafts[m.person].speaker += 1.0;
    }
    let mut labelled = Vec::new();
    for m in all.iter() {
        if HARMED_AFTER.is_match(&s.text[m.end..]) {
            drafts[m.person].direct_harm += 1.0;
        }
        // Weak: the words around decide whenever they say anything (a suspect shot by the
        // police is taken to a hospital too).
        if TAKEN_AFTER.is_match(&s.text[m.end..]) {
            drafts[m.person].injured += 0.5;
        }
        if KIN_BEFORE.is_match(&s.text[..m.start]) {
            drafts[m.person].kin += 1.0;
        }
        // The label holds for a speaker too: "victim Ann Lee said" is a victim telling
        // what happened, where a speaker otherwise takes no signal words.
        let before = &s.text[..m.start];
        let closed = s.text[m.end..].starts_with([',', '.']);
        if closed && SUSPECT_APPOSITION_BEFORE.is_match(before) {
            // As firm as being identified as the suspect.
            drafts[m.person].suspect += 2.0;
        }
        let apposition = closed && VICTIM_APPOSITION_BEFORE.is_match(before);
        if apposition
            || (VICTIM_LABEL_BEFORE.is_match(before) && !OF_VICTIM_BEFORE.is_match(before))
        {
            drafts[m.person].victim += 1.0;
            labelled.push(m.person);
        }
    }
    let ms = &actors;
    let nearest = |pos: usize| -> Option<usize> {
        ms.iter()
            .min_by_key(|m| {
                let d = if pos >= m.end {
                    pos - m.end
                } else {
                    m.start.saturating_sub(pos)
                };
                // Prefer the subject before a verb: signals after a name bind closer.
                if pos >= m.end { d } else { d + 15 }
            })
            .filter(|m| {
                let d = if pos >= m.end {
                    pos - m.end
                } else {
                    m.start.saturating_sub(pos)
                };
                // A sentence that opens with the one person it names is about them
                // to its end ("Ann Lee, 19, of …, suffered wounds … and was pronounced
                // dead").
                let subject = ms.len() == 1 && m.start <= 2 && pos >= m.end;
                // "… was wounded in the arm. (Photo / Courier) Nathan Vane …": a full
                // stop the splitter kept inside the sentence still ends the clause.
                let crosses_stop = pos < m.start && text[pos..m.start].contains(". ");
                !crosses_stop
                    && (d <= MAX_SIGNAL_DISTANCE || (subject && d <= 2 * MAX_SIGNAL_DISTANCE))
            })
            .map(|m| m.person)
    };
    // Names in one list ("The victims were A, 23, of X, B and C") share what is said of
    // any of them.
    // A possessive ("Tallow's son, Corwin Tallow") is part of the gap before the next
    // name, not a member of the list.
    let mut group_of: Vec<usize> = (0..ms.len()).collect();
    let mut previous_member: Option<usize> = None;
    for i in 0..ms.len() {
        if let Some(j) = previous_member {
            let gap = text.get(ms[j].end..ms[i].start).unwrap_or("");
            if LIST_GAP.is_match(gap) {
                group_of[i] = group_of[j];
            }
        }
        let possessive = text[ms[i].end..].starts_with("'s") || text[ms[i].end..].starts_with("’s");
        if !possessive {
            previous_member = Some(i);
        }
    }
    let members = |person: usize| -> Vec<usize> {
        let Some(i) = ms.iter().position(|m| m.person == person) else {
            return vec![person];
        };
        let mut out: Vec<usize> = (0..ms.len())
            .filter(|&j| group_of[j] == group_of[i])
            .map(|j| ms[j].person)
            .collect();
        out.dedup();
        out
    };
    // Words inside quotation marks are someone's speech, not the narrative: mask them.
    let masked = QUOTED.replace_all(text, |c: &regex::Captures| " ".repeat(c[0].len()));
    let text = masked.as_ref();
    let mut touched: FxHashSet<usize> = labelled.into_iter().collect();
    // Active harm verbs: (verb start, verb end, 0 = killed / 1 = injured).
    let actives: Vec<(usize, usize, usize)> = ACTIVE_HARM
        .captures_iter(text)
        .filter_map(|c| {
            let (verb, field) = match (c.get(1), c.get(2)) {
                (Some(v), _) => (v, 0),
                (_, Some(v)) => (v, 1),
                _ => return None,
            };
            let object = text[verb.end()..].trim_start();
            let object = object.split_whitespace().next().unwrap_or("");
            let dated = WEEKDAYS.contains(&object) || MONTHS.contains(&object);
            // "was arrested for shooting Ann Lee": a gerund after its preposition is active
            // whatever voice the verb before it has.
            let gerund = verb.as_str().ends_with("shooting");
            let passive = !gerund && PASSIVE_BEFORE.is_match(&text[..verb.start()]);
            (!dated && !passive && !NEGATION.is_match(&text[..verb.start()])).then_some((
                verb.start(),
                verb.end(),
                field,
            ))
        })
        .collect();
    for &(start, end, field) in &actives {
        // The object: a name right after the verb ("shot and killed his wife, Ann Lee").
        // Only a possessive with its noun ("his wife,") or an age may stand between:
        // in "killing one man and wounding Tom Reyes" the name is the second verb's.
        if let Some(object) = ms.iter().find(|a| {
            a.start >= end && a.start - end <= 40 && OBJECT_GAP.is_match(&text[end..a.start])
        }) {
            for p in members(object.person) {
                if field == 0 {
                    drafts[p].killed += 1.0;
                } else {
                    drafts[p].injured += 1.0;
                }
                drafts[p].direct_harm += 1.0;
                touched.insert(p);
            }
        }
        // The subject: a name right before it.
        if let Some(agent) = ms.iter().rev().find(|a| a.end <= start)
            && SUBJECT_GAP.is_match(&text[agent.end..start])
        {
            for p in members(agent.person) {
                drafts[p].suspect += 1.0;
                touched.insert(p);
            }
        }
    }
    // "was shot in the gut by his stepbrother, 17-year-old Austin Stapp": the agent of a
    // passive harm verb did the harm.
    for a in ms.iter() {
        if PASSIVE_AGENT.is_match(&text[..a.start]) {
            // As firm as being named as the shooter: the harm words of the clause are
            // the victim's.
            for p in members(a.person) {
                drafts[p].suspect += 2.0;
                touched.insert(p);
            }
        }
    }
    // "Coroner Ann Lee identified the dead men as 26-year-old B and C": the signal words
    // of the phrase belong to who is named after it.
    let mut identified: Vec<(usize, usize)> = Vec::new();
    for m in IDENTIFIED_AS.find_iter(text) {
        let Some(object) = ms
            .iter()
            .find(|a| a.start >= m.end() && a.start - m.end() <= 20)
        else {
            continue;
        };
        let phrase = m.as_str();
        // "The suspect, later identified as Ann Lee": the noun may stand before the phrase.
        let suspect_before = SUSPECT_BEFORE.is_match(&text[..m.start()]);
        for p in members(object.person) {
            let d = &mut drafts[p];
            if SUSPECT_NOUN.is_match(phrase) || suspect_before {
                d.suspect += 2.0;
            } else {
                d.victim += 1.0;
                if DEAD_NOUN.is_match(phrase) {
                    d.killed += 1.0;
                }
            }
            touched.insert(p);
        }
        identified.push((m.start(), m.end()));
    }
    let other_crime = OTHER_CRIME.is_match(text) && !GUN_CRIME.is_match(text);
    for (re, field) in [
        (&*KILLED, 0),
        (&*INJURED, 1),
        (&*SUSPECT, 2),
        (&*ARREST, 3),
        (&*VICTIM, 4),
    ] {
        for m in re.find_iter(text) {
            if field <= 1
                && actives
                    .iter()
                    .any(|&(s, e, _)| s <= m.start() && m.start() < e)
            {
                continue;
            }
            if identified
                .iter()
                .any(|&(s, e)| s <= m.start() && m.start() < e)
            {
                continue;
            }
            // "Deputy Ann Lee arrested Tom Reyes", "officers arrested a man": an arrest
            // verb in the active voice with an object after it arrests its object, never
            // its subject.
            let mut target = nearest(m.start());
            if (field == 2 || field == 3)
                && ACTIVE_ARREST.is_match(m.as_str())
                && !PASSIVE_BEFORE.is_match(&text[..m.start()])
                && ARREST_OBJECT.is_match(&text[m.end()..])
            {
                // "charged 16-year-old Lee High School student Quinterro Norr": the
                // object is the first name in the clause.
                let object = ms
                    .iter()
                    .find(|a| {
                        a.start >= m.end()
                            && a.start - m.end() <= 60
                            && !text[m.end()..a.start].contains([',', ';', '.'])
                    })
                    .map(|a| a.person);
                // "Tom Reyes arrested Tuesday" (a headline's passive): a capitalised word
                // that is no one's name is not an object.
                let capitalised = text[m.end()..]
                    .trim_start()
                    .starts_with(|c: char| c.is_ascii_uppercase());
                if object.is_some() || !capitalised {
                    target = object;
                }
            }
            // A blotter's other arrests ("Page Lee, 22, was arrested on a charge of
            // disorderly conduct"): a charge of another kind, with no word of guns or
            // killing in the sentence, is not this incident's.
            if (field == 2 || field == 3) && other_crime {
                continue;
            }
            let Some(p) = target else {
                continue;
            };
            for p in members(p) {
                let d = &mut drafts[p];
                // "may have been hit by a stray bullet": a fear, not a harm.
                if field <= 1 && crate::text::MODAL_BEFORE.is_match(&text[..m.start()]) {
                    continue;
                }
                // "was not hurt", "wasn't injured": unharmed, not injured.
                let negated = NEGATION.is_match(&text[..m.start()]);
                if negated && field <= 1 {
                    d.unharmed += 1.0;
                    touched.insert(p);
                    continue;
                }
                match field {
                    0 => d.killed += 1.0,
                    1 => d.injured += 1.0,
                    2 => d.suspect += 1.0,
                    3 => d.arrested += 1.0,
                    _ => d.victim += 1.0,
                }
                touched.insert(p);
            }
        }
    }
    // "the death of Terrence Boyd", "charged in the killing of Ann Lee": the named person died
    // (weighed as two harm words). "attempted murder in the shooting of Daryl Rehm", "in the
    // shootings of A, B and C": the named were shot (the dead among them are told so
    // elsewhere).
    for (phrase, killed, injured) in [(&*DEATH_OF, 2.0, 0.0), (&*SHOOTING_OF, 0.0, 1.0)] {
        for m in phrase.find_iter(text) {
            let follows =
                |a: &&Mention| a.start >= m.end() && AGE_PREFIX.is_match(&text[m.end()..a.start]);
            if let Some(a) = ms.iter().find(follows) {
                for p in members(a.person) {
                    drafts[p].killed += killed;
                    drafts[p].injured += injured;
                    drafts[p].victim += 1.0;
                    drafts[p].direct_harm += 1.0;
                    touched.insert(p);
                }
            }
        }
    }
    for m in all {
        if touched.contains(&m.person) || drafts[m.person].evidence.is_empty() {
            let ev = &mut drafts[m.person].evidence;
            if ev.len() < 4 && ev.iter().all(|e| *e.sentence != *s.text) {
                ev.push(Evidence {
                    sentence: s.text.as_str().into(),
                    rule: "person".into(),
                });
            }
        }
    }
}

/// Words after a name that make it the name of a day, street, park or school, so that the
/// name is a namesake's (see [`people`]); a subset of [`NAMED_AFTER`] ("Memorial" is left out:
/// a memorial fund or vigil may bear the victim's name).
const COMMEMORATES: &[&str] = &[
    "Day",
    "Boulevard",
    "Blvd",
    "Avenue",
    "Ave",
    "Street",
    "Drive",
    "Parkway",
    "Highway",
    "Expressway",
    "Park",
    "Elementary",
    "Middle",
    "High",
    "School",
    "Academy",
    "College",
    "University",
    "Library",
    "Bridge",
    "Stadium",
    "Hospital",
];

/// A name's words without full stops and suffixes ("Martin Luther King Jr." → Martin, Luther,
/// King), for telling a namesake's mentions.
fn name_words(name: &str) -> Vec<String> {
    name.split_whitespace()
        .map(|w| w.trim_matches(['.', ',']))
        .filter(|w| !w.is_empty() && !matches!(*w, "Jr" | "Sr" | "II" | "III" | "IV"))
        .map(str::to_string)
        .collect()
}

/// Does the title ("police spokeswoman", "defense lawyer") name one who speaks for others?
fn speaks_for_others(title: &str) -> bool {
    title
        .split_whitespace()
        .last()
        .is_some_and(|t| SPEAKS_FOR_OTHERS.contains(&t))
}

fn decide(d: Draft) -> Person {
    let harmed = d.killed + d.injured;
    // "Coroner Ann Lee pronounced the man dead", "reporter Tom Ames recaps the overnight
    // killings": one who speaks for others is near the harm words without being harmed; only
    // harm said of them by grammar ("reporter Tom Ames was shot") makes them a victim.
    // So are a sheriff, a chief, a mayor or a judge: they report a shooting far more often
    // than they are shot in one.
    let high_office = d
        .title
        .as_deref()
        .is_some_and(|t| HIGH_OFFICES.contains(&t));
    let role = if (d.title.as_deref().is_some_and(speaks_for_others) || high_office)
        && d.direct_harm == 0.0
    {
        Role::Official
    } else if d.title_role == Some(Role::Official)
        && harmed == 0.0
        && (d.arrested == 0.0 || d.speaker > 0.0)
    {
        // "according to Sgt. Ann Lee": a sergeant near the word "suspect" is who reports it;
        // "Sheriff Bob Lane said …": a sheriff who speaks is not the one arrested near him.
        Role::Official
    } else if d.kin > 0.0 && d.direct_harm == 0.0 && d.suspect == 0.0 && d.arrested == 0.0 {
        // "his aunt, Kim Barnett, who drove to the scene": a victim's relative or friend is
        // near the harm words of the story without being harmed, unless grammar says so.
        if d.speaker > 0.0 {
            Role::Witness
        } else {
            Role::Other
        }
    } else if d.unharmed > 0.0 && harmed == 0.0 && d.suspect == 0.0 {
        Role::Victim
    } else if d.suspect > harmed + d.victim && d.suspect > 0.0 {
        Role::Suspect
    } else if harmed > 0.0 || d.victim > 0.0 {
        if d.title_role == Some(Role::Official) && d.speaker >= harmed {
            Role::Official
        } else {
            Role::Victim
        }
    } else if d.title_role == Some(Role::Official) || (d.title.is_some() && d.speaker > 0.0) {
        Role::Official
    } else if d.speaker > 0.0 {
        Role::Witness
    } else {
        Role::Other
    };
    let status = match role {
        Role::Suspect if d.killed > 0.0 && d.killed >= d.arrested => Some(Status::Killed),
        Role::Suspect if d.arrested > 0.0 => Some(Status::Arrested),
        Role::Victim if d.killed > 0.0 => Some(Status::Killed),
        Role::Victim if d.injured > 0.0 => Some(Status::Injured),
        Role::Victim if d.unharmed > 0.0 => Some(Status::Unharmed),
        _ => None,
    };
    Person {
        name: Some(d.name),
        role,
        title: d.title,
        age: d.age,
        age_range: d.age.is_none().then_some(d.age_range).flatten(),
        gender: d.gender,
        status,
        evidence: d.evidence,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::sentences;

    /// The people one text of one paragraph names.
    fn ps(t: &str) -> Vec<Person> {
        people(&sentences(&[t.to_string()]))
    }

    #[test]
    fn a_name_in_apposition_to_the_victim_or_the_suspect_takes_that_role() {
        // "Hills" is a place word: only the apposition vouches for the name.
        let p = ps(
            "A boy died on Sunday night. The victim, Dorian Hills, would have turned 9 \
             at the end of the month.",
        );
        let hills = p.iter().find(|p| p.name.as_deref() == Some("Dorian Hills"));
        assert_eq!(hills.map(|p| p.role), Some(Role::Victim), "{p:?}");
        let p = ps(
            "Two people were killed at the plant. The suspect, Curt Mayhew, was later \
             found dead of a self-inflicted gunshot wound.",
        );
        let mayhew = p.iter().find(|p| p.name.as_deref() == Some("Curt Mayhew"));
        assert_eq!(mayhew.map(|p| p.role), Some(Role::Suspect), "{p:?}");
        // A speaker after a clause that ends in "the victims" is no victim.
        let p = ps(
            "Detective Lou Ortega spoke on Monday. After talks with the victims, Ortega \
             said the inquiry goes on.",
        );
        assert!(p.iter().all(|p| p.role != Role::Victim), "{p:?}");
    }

    #[test]
    fn a_rank_between_two_names_keeps_them_one_list() {
        let p = ps(
            "A bomb went off on Friday. Police Capt. Tim Tenney and Senior Trooper Wes \
             Hakon, both 51, died at the scene.",
        );
        for name in ["Tim Tenney", "Wes Hakon"] {
            let officer = p.iter().find(|p| p.name.as_deref() == Some(name));
            assert_eq!(
                officer.map(|p| (p.role, p.status)),
                Some((Role::Victim, Some(Status::Killed))),
                "{name}: {p:?}"
            );
        }
    }

    #[test]
    fn a_military_rate_is_no_part_of_the_name() {
        let p = ps(
            "A sailor was wounded Thursday. Navy Logistics Specialist 2nd Class Randall \
             Smythe died Saturday of his wounds.",
        );
        assert!(
            p.iter()
                .any(|p| p.name.as_deref() == Some("Randall Smythe") && p.role == Role::Victim),
            "{p:?}"
        );
        assert!(
            p.iter()
                .all(|p| p.name.as_deref().is_none_or(|n| !n.contains("Class"))),
            "{p:?}"
        );
        // A first name that is also a rank's word stays one.
        let p = ps("Lance Hobart, 30, was shot and killed Sunday.");
        assert_eq!(p[0].name.as_deref(), Some("Lance Hobart"));
    }

    #[test]
    fn the_object_of_a_shooting_gerund_is_a_victim_and_a_misspelling_one_person() {
        let p = ps(
            "Tom Reyes, who pleaded not guilty, is suspected of shooting Misty Nunley and \
             Julie Jackson inside an apartment.",
        );
        assert_eq!(find(&p, "Tom Reyes").role, Role::Suspect);
        assert_eq!(find(&p, "Misty Nunley").role, Role::Victim);
        assert_eq!(find(&p, "Julie Jackson").role, Role::Victim);
        let p = ps("Carl Denton was arrested for shooting Misty Nunley.");
        assert_eq!(find(&p, "Misty Nunley").role, Role::Victim);
        let p = ps(
            "Carl Denton is accused of shooting 10-year-old Vinnitra Dobbs. Officers said \
             Denton was arrested for the shooting of Vynnitra Dobbs.",
        );
        let victims: Vec<_> = p.iter().filter(|p| p.role == Role::Victim).collect();
        assert_eq!(victims.len(), 1, "{p:?}");
    }

    #[test]
    fn neighbours_who_speak_are_witnesses_and_hospitals_no_people() {
        let p = ps(
            "A man was shot on Elm Street. Wade Teller, 15, who lives in the area, said he was \
             across the street when the gunshots rang out.",
        );
        assert_eq!(find(&p, "Wade Teller").role, Role::Witness, "{p:?}");
        let p = ps("\"She was laying on the ground,\" explained Nola Baines after the shooting.");
        assert_eq!(find(&p, "Nola Baines").role, Role::Witness, "{p:?}");
        let p = ps("Two victims were taken by ambulance to Dana Hollis Medical Center.");
        assert!(p.is_empty(), "{p:?}");
        // Who was shot in the relative clause is no speaker.
        let p = ps(
            "Jessa Marlow, the daughter of Jon Marlow, 51, who was shot and killed in his \
             home, said she has no idea why.",
        );
        assert_eq!(find(&p, "Jon Marlow").role, Role::Victim, "{p:?}");
    }

    #[test]
    fn a_name_after_a_verb_of_harm_is_not_the_speaker_of_says() {
        let p = ps("Dana Pruitt says Nora Keane killed Elena Marsh and 7-year-old Toby Vance.");
        let role = |n: &str| {
            p.iter()
                .find(|p| p.name.as_deref() == Some(n))
                .map(|p| (p.role, p.status))
        };
        assert_eq!(
            role("Elena Marsh"),
            Some((Role::Victim, Some(Status::Killed))),
            "{p:?}"
        );
        assert_eq!(
            role("Toby Vance"),
            Some((Role::Victim, Some(Status::Killed))),
            "{p:?}"
        );
        assert_eq!(
            role("Nora Keane").map(|r| r.0),
            Some(Role::Suspect),
            "{p:?}"
        );
        // Who says it, after lower-case words, is still the speaker.
        let p = ps("The boy was shot twice, said his uncle Ray Dunn.");
        assert_eq!(p[0].role, Role::Witness, "{p:?}");
    }

    #[test]
    fn ranks_before_two_names_said_to_have_died_leave_both_victims() {
        for text in [
            "Officials said Gunnery Sgt. Dale Prewitt and Lance Cpl. Ned Farrow were killed.",
            "Gunnery Sgt. Dale Prewitt and Lance Cpl. Ned Farrow were among the dead.",
            "Police said Sgt. Dale Prewitt and Cpl. Ned Farrow were killed.",
        ] {
            let p = ps(text);
            let names: Vec<_> = p
                .iter()
                .map(|p| (p.name.as_deref(), p.role, p.status))
                .collect();
            assert_eq!(
                names,
                [
                    (Some("Dale Prewitt"), Role::Victim, Some(Status::Killed)),
                    (Some("Ned Farrow"), Role::Victim, Some(Status::Killed)),
                ],
                "{text}"
            );
        }
        // A military rank is its own title, not the police rank inside it.
        let p = ps("Gunnery Sgt. Dale Prewitt and Lance Cpl. Ned Farrow were among the dead.");
        let titles: Vec<_> = p.iter().map(|p| p.title.as_deref()).collect();
        assert_eq!(titles, [Some("gunnery sergeant"), Some("lance corporal")]);
    }

    #[test]
    fn a_name_said_to_have_shot_someone_is_not_the_speaker() {
        let p = ps(
            "Ty Conway, 16, was hunting with his cousin, 13-year-old Dale Cochrane. \
             Wildlife officers said Cochrane accidentally shot Conway in the ankle.",
        );
        let cochrane = p
            .iter()
            .find(|p| p.name.as_deref() == Some("Dale Cochrane"));
        assert_eq!(cochrane.map(|p| p.role), Some(Role::Suspect), "{p:?}");
    }

    #[test]
    fn a_name_run_on_into_the_next_sentence_is_no_name() {
        let p = ps(
            "Three victims identified as Lena Orth, Miles Vantry The gunman shot Orth twice in a parking lot.",
        );
        assert!(
            !p.iter()
                .any(|p| p.name.as_deref().is_some_and(|n| n.ends_with("The")))
        );
    }

    #[test]
    fn a_title_in_lower_case_is_a_title() {
        let p = ps("According to police chief Ann Lerch, the man died at the scene.");
        let lerch = p
            .iter()
            .find(|p| p.name.as_deref() == Some("Ann Lerch"))
            .expect("named");
        assert_eq!(lerch.title.as_deref(), Some("police chief"));
        assert_eq!(lerch.role, Role::Official);
        // The title it stands for, as when capitalised.
        let p = ps("Police said deputy Tom Bardo fired back.");
        assert_eq!(p[0].title.as_deref(), Some("sheriff's deputy"));
    }

    #[test]
    fn prosecutors_with_longer_titles_are_officials() {
        let p = ps(
            "While Assistant District Attorney Stacy Marle did not want to address the case, she talked about how juvenile defendants facing the same charges are treated.",
        );
        let marle = p
            .iter()
            .find(|p| p.name.as_deref() == Some("Stacy Marle"))
            .expect("named");
        assert_eq!(marle.role, Role::Official);
        assert_eq!(marle.title.as_deref(), Some("assistant district attorney"));
    }

    #[test]
    fn places_and_firms_named_after_people_are_no_people() {
        for t in [
            "He was taken to John Stroger Jr. Hospital in serious condition.",
            "Embed Three Killed, Four Hurt in Drive-By Shooting 1:19 autoplay",
            "A man was shot near Mills and Peterson Streets on Saturday.",
            "A woman was rushed to Baylor Scott & White Hospital in Temple.",
            "A man was shot in the Auburn Gresham neighborhood, police said.",
            "A 17-year-old was shot in his leg in Auburn Gresham, police said.",
            "A man was shot on Martin Luther King Jr. Boulevard.",
            "The man was taken to Ben Taub in critical condition.",
            "Officers were called to a Howard Johnson hotel at 1:40 a.m.",
            "Eight people were shot during a Martin Luther King Jr. Day celebration.",
            "Five were shot near Martin Luther King, Jr. Memorial Park on Monday.",
            "The shooting unfolded near the route of a Martin Luther King, Jr. parade.",
            "Two were shot during a Martin Luther King Day celebration in Tampa.",
            "Several people have been shot while celebrating Martin Luther King Jr. Day at a \
            park on Monday. It was not what the followers of Dr. King Jr. want, the chief said.",
            "Eight were shot at a celebration to honor Rev. Martin Luther King Jr. \
            Martin Luther King Jr. Memorial Park was closed.",
            "A man with a gunshot wound showed up at a Taco Bell asking for help.",
            "An officer was shot near Churchill Downs on Monday.",
            "The shooting happened outside Remsen Hall on Remsen Avenue.",
            "Neither Rohan nor his three friends were in a gang, police said.",
            "Injured Person — Police responded to an accidental gunshot wound on Monday.",
            "A 2-year-old boy in Tarpon Springs died Wednesday after he found a gun.",
            "A 50-year-old died at Pruitt Grocery on Elm Street on Sunday.",
            "They were going to the Mini Mart to get snacks when they were shot.",
            "A man showed up at the Marriott Marquis with three wounded people.",
            "The woman was taken to St. Charles Bend with a gunshot wound.",
            "Lockdowns followed at Reseda and Zane Grey high schools on Tuesday.",
            "Original Story, 1:12 a.m., Jan. 23: Police were called to a shooting.",
            "A 17-year-old Brighton High student was shot and killed during a party.",
            "Two men ages 19 and 23 were treated at Ben Taub and released.",
            "Woman Living With Dead Husband",
            "Share People Killed in Shooting",
            "Shots were fired near the Car Wash on Elm Road.",
            "Trauma Hawk flew the wounded man to the hospital.",
            "Protest Held After Teen Is Shot",
            "Shots rang out near the Taco Bell on Government Hill.",
            "A house on the 200 block of Maple Street had been shot at numerous times.",
            "It is the first $1 million bond set for anyone in Rapides Parish.",
        ] {
            assert_eq!(ps(t), vec![], "{t}");
        }
        // A house number opens an address, not a name.
        let p = ps("Benjamin Bond, 41, 133 Morgan Lane, was arrested at the hospital.");
        let names: Vec<_> = p.iter().filter_map(|p| p.name.as_deref()).collect();
        assert_eq!(names, vec!["Benjamin Bond"]);
        let p = ps(
            "Fire Department Cmdr. Curtis Hudson put the oldest victim's condition at \
            serious.",
        );
        assert_eq!(find(&p, "Curtis Hudson").role, Role::Official);
        // "Brothers" opens a list of names; it is not a first name (Harvey shares the
        // surname, read after the name that gives it).
        let p = ps("Brothers Harvey and Jeremy Jones were charged in the shooting.");
        let names: Vec<_> = p.iter().filter_map(|p| p.name.as_deref()).collect();
        assert_eq!(names, vec!["Jeremy Jones", "Harvey Jones"]);
        // An age before a name still counts when no preposition stands between them.
        let p = ps("Police said a 20-year-old man, Tom Reyes, was shot in the leg.");
        assert_eq!(find(&p, "Tom Reyes").age, Some(20));
        // The suffix stays part of a person's name.
        let p = ps("Officers arrested Carl Denton Jr. on Friday.");
        assert_eq!(p[0].name.as_deref(), Some("Carl Denton Jr."));
    }

    #[test]
    fn one_who_tells_a_paper_is_its_speaker_not_the_one_shot() {
        let p = ps(
            "An autopsy found the child died of a single gunshot wound. Sgt. Carl \
            Whitfield tells The Riverton Truth that it wasn't immediately clear whether the boy \
            lived at the house where he was shot.",
        );
        assert_eq!(find(&p, "Carl Whitfield").status, None);
    }

    #[test]
    fn a_victim_who_speaks_is_still_a_victim() {
        let p = ps("\"It came out of nowhere,\" victim Tara Quell said.");
        assert_eq!(find(&p, "Tara Quell").role, Role::Victim);
        // The label of another: the mother of a victim is not one.
        let p = ps("The mother of one victim, Jana Pell, said she forgives him.");
        assert_ne!(find(&p, "Jana Pell").role, Role::Victim);
    }

    #[test]
    fn one_who_earlier_had_said_is_a_speaker() {
        let p = ps("Bill Frane earlier had said that the number of injured was 14.");
        assert_ne!(find(&p, "Bill Frane").role, Role::Victim);
        let p = ps("Officers, including Ofc. Mella Lemmon, rushed to the scene, police said.");
        assert_eq!(
            find(&p, "Mella Lemmon").title.as_deref(),
            Some("police officer")
        );
    }

    #[test]
    fn a_suspect_later_identified_and_taken_to_a_hospital_is_a_suspect() {
        let p = ps(
            "The suspect, later identified as Elmer C. Hawes, 22, was also transported to a \
            local hospital.",
        );
        assert_eq!(find(&p, "Elmer C. Hawes").role, Role::Suspect);
        let p = ps("The killer was identified as 26-year-old Chet Harmer Moll.");
        assert_eq!(find(&p, "Chet Harmer Moll").role, Role::Suspect);
    }

    #[test]
    fn taken_to_a_hospital_by_someone_is_injured() {
        let p = ps(
            "Alvin Pogue, 54, and Brent Hanlo, 35, were taken by fire rescue to Miami Valley \
            Hospital.",
        );
        for name in ["Alvin Pogue", "Brent Hanlo"] {
            assert_eq!(find(&p, name).role, Role::Victim, "{name}");
            assert_eq!(find(&p, name).status, Some(Status::Injured), "{name}");
        }
    }

    #[test]
    fn a_name_with_and_without_its_middle_name_is_one_person() {
        for t in [
            "Officers found Anthony Earl Voss with a gunshot wound to his leg. Anthony Voss was \
            taken to a hospital.",
            "Officers found Anthony Voss with a gunshot wound to his leg. Anthony Earl Voss was \
            taken to a hospital.",
        ] {
            let p = ps(t);
            assert_eq!(p.len(), 1, "{t}: {p:?}");
            assert_eq!(p[0].name.as_deref(), Some("Anthony Earl Voss"), "{t}");
        }
        // Two first names with one last name are two people; a middle initial's name stays
        // a draft of its own (the record merges it).
        let p = ps("Anthony Voss and Maria Voss were shot.");
        assert_eq!(p.len(), 2);
        let p = ps("Anthony E. Voss was shot. Anthony Voss died.");
        assert_eq!(p.len(), 2);
    }

    #[test]
    fn officials_near_harm_words_are_not_the_harmed() {
        for (t, name) in [
            (
                "Clayton County Coroner Ann Lee was called at 6 p.m. and pronounced the man dead.",
                "Ann Lee",
            ),
            (
                "Ledger reporter Tom Ames recaps the overnight crime, including a boy killed in a \
                drive-by shooting.",
                "Tom Ames",
            ),
            (
                "Pike County Sheriff Dana Kettle did confirm one person has died.",
                "Dana Kettle",
            ),
        ] {
            let p = ps(t);
            let person = find(&p, name);
            assert_eq!((person.role, person.status), (Role::Official, None), "{t}");
        }
        // Harm said of them by grammar still makes them victims.
        let p = ps("Ledger reporter Tom Ames was shot in the arm outside the station on Monday.");
        let tom = find(&p, "Tom Ames");
        assert_eq!(
            (tom.role, tom.status),
            (Role::Victim, Some(Status::Injured))
        );
        let p = ps("Sheriff Dana Kettle, 58, died after a gunman opened fire at the jail.");
        assert_eq!(find(&p, "Dana Kettle").status, Some(Status::Killed));
    }

    #[test]
    fn relatives_and_friends_are_not_the_harmed() {
        let p = ps(
            "One victim was identified Saturday by his aunt, Kim Barrow, who drove to the \
            scene where he was killed.",
        );
        assert_eq!(find(&p, "Kim Barrow").status, None);
        let p = ps("His uncle, Rick Ruffell, told reporters the boy was shot while playing.");
        assert_eq!(find(&p, "Rick Ruffell").role, Role::Witness);
        // Unless grammar says they were harmed.
        let p = ps("Her cousin, Tia Marsh, was also shot and died at the hospital.");
        assert_eq!(find(&p, "Tia Marsh").role, Role::Victim);
    }

    #[test]
    fn a_blotters_other_arrests_are_not_the_shootings() {
        let p = ps("Pell Darrow, 22, of Turner, was arrested on a charge of disorderly conduct.");
        assert_ne!(find(&p, "Pell Darrow").role, Role::Suspect);
        let p = ps("Pell Darrow, 22, was arrested on a charge of murder and drug possession.");
        assert_eq!(find(&p, "Pell Darrow").role, Role::Suspect);
        // A burglary is another crime; an aggravated one (with a weapon) may be the shooting.
        let p = ps("Pell Darrow, 22, was arrested and charged with burglary.");
        assert_ne!(find(&p, "Pell Darrow").role, Role::Suspect);
        let p = ps("Pell Darrow, 22, was arrested and charged with aggravated burglary.");
        assert_eq!(find(&p, "Pell Darrow").role, Role::Suspect);
        // A citation for firing a gun is the shooting's.
        let p = ps("The passenger, Pell Darrow, was cited for discharging a firearm in town.");
        assert_eq!(
            (find(&p, "Pell Darrow").role, find(&p, "Pell Darrow").status),
            (Role::Suspect, Some(Status::Arrested))
        );
    }

    #[test]
    fn names_the_census_lacks_in_a_persons_context() {
        let p = ps("The 17-year-old was identified Wednesday as Cruzito Leyva.");
        assert_eq!(find(&p, "Cruzito Leyva").role, Role::Victim);
        let p = ps("Conyers resident Mun Hyo Cha was one of the victims.");
        assert_eq!(find(&p, "Mun Hyo Cha").role, Role::Victim);
    }

    #[test]
    fn hit_by_gunfire_and_lists_with_birth_years() {
        let p = ps(
            "17-year-olds Zyta Andrews and Shantel Timms were treated at a hospital and released.",
        );
        assert_eq!(find(&p, "Zyta Andrews").status, Some(Status::Injured));
        let p = ps("Tia Steen, Amira's 17-year-old sister, also was hit by gunfire.");
        assert_eq!(find(&p, "Tia Steen").status, Some(Status::Injured));
        let p = ps(
            "Aubrey Amos, born in 1970, and Shawn Dunne, born in 1973, were admitted to the \
            hospital with non-life-threatening injuries.",
        );
        assert_eq!(find(&p, "Aubrey Amos").status, Some(Status::Injured));
        // A fear is no harm.
        let p = ps(
            "Maria Rivas was cooking dinner. She ran to the door, afraid her husband may have \
            been hit by a stray bullet.",
        );
        assert_eq!(find(&p, "Maria Rivas").status, None);
    }

    #[test]
    fn lists_after_said_charges_faced_and_searches() {
        let p = ps(
            "Police said Lisa Downes, 57, and Don Jonsson, 23, suffered multiple gunshot wounds.",
        );
        assert_eq!(find(&p, "Lisa Downes").status, Some(Status::Injured));
        let p = ps(
            "Anton Harris, Tony Lyons and Josh Almore, all 23, each face one count of \
            first-degree murder.",
        );
        assert_eq!(find(&p, "Josh Almore").role, Role::Suspect);
        let p = ps("Police are searching for Justin Jonas, 18.");
        assert_eq!(find(&p, "Justin Jonas").role, Role::Suspect);
        let p = ps("Ocasio was also charged with attempted murder in the shooting of Darryl Rehn.");
        let darryl = find(&p, "Darryl Rehn");
        assert_eq!(
            (darryl.role, darryl.status),
            (Role::Victim, Some(Status::Injured))
        );
        let p = ps("An accident with a firearm claimed the life of 4-year-old Summer Mills.");
        assert_eq!(find(&p, "Summer Mills").status, Some(Status::Killed));
    }

    #[test]
    fn ages_in_apposition_and_persons_by_their_context() {
        let p = ps("Lavel Lee Smyth, a 33-year-old man, was shot and killed Sunday.");
        assert_eq!(find(&p, "Lavel Lee Smyth").age, Some(33));
        let p = ps(
            "Jaylen Moss and Ormano Dajan Dunn, both 24 and from Pasadena, died after the \
            shooting.",
        );
        assert_eq!(find(&p, "Ormano Dajan Dunn").age, Some(24));
        let p = ps("Police charged 16-year-old Lee High School student Quinterro Lavon Norr.");
        assert_eq!(find(&p, "Quinterro Lavon Norr").role, Role::Suspect);
        let p = ps("The victims were identified as Thomas May, 26, and Joe Edwin, 28.");
        assert_eq!(find(&p, "Thomas May").age, Some(26));
        let p = ps("Travon Sessum Bullard was found with gunshot wounds in a front yard.");
        assert_eq!(find(&p, "Travon Sessum Bullard").role, Role::Victim);
        let p = ps("Survivor Chris Waddell is fresh out of the hospital after the shooting.");
        assert!(p.iter().any(|p| p.name.as_deref() == Some("Chris Waddell")));
        // A first name glued to the word before it ("TimesHector") leaves the rest of the
        // name, which is the longer name's.
        let p = ps(
            "Hector Liwan Bisent, 67 - The Report - TimesHector Liwan Bisent, a 67-year-old \
            man, died Monday.",
        );
        let names: Vec<_> = p.iter().filter_map(|p| p.name.as_deref()).collect();
        assert_eq!(names, vec!["Hector Liwan Bisent"]);
        assert_eq!(find(&p, "Hector Liwan Bisent").status, Some(Status::Killed));
    }

    #[test]
    fn who_arrests_is_not_arrested() {
        let p = ps("Deputy Cole Varner arrested Brandon Hale, 23, on a charge of battery.");
        assert_eq!(find(&p, "Cole Varner").status, None);
        let brandon = find(&p, "Brandon Hale");
        assert_eq!(
            (brandon.role, brandon.status),
            (Role::Suspect, Some(Status::Arrested))
        );
        // A headline's passive without "was" still arrests its subject.
        let p = ps("Brandon Hale arrested Tuesday in Elm Street shooting");
        assert_eq!(find(&p, "Brandon Hale").status, Some(Status::Arrested));
    }

    #[test]
    fn gerunds_harm_their_object_and_only_theirs() {
        let p = ps("Gunfire erupted Saturday, killing Lena Dorsey, 18, outside a store.");
        assert_eq!(find(&p, "Lena Dorsey").status, Some(Status::Killed));
        let p = ps("Gunfire erupted Saturday, killing one man and wounding Tom Reyes, 22.");
        assert_eq!(find(&p, "Tom Reyes").status, Some(Status::Injured));
        // The last of a list before "said police" is one of the harmed, not who said it.
        let p = ps("Shots hit a car, killing Lena Dorsey, 18, and Ava Boyle, 20, said police.");
        assert_eq!(find(&p, "Ava Boyle").status, Some(Status::Killed));
        let p = ps("Ava Boyle said deputies arrested him at home.");
        assert_eq!(find(&p, "Ava Boyle").role, Role::Witness);
    }

    #[test]
    fn four_word_names_and_a_rank_after_a_department() {
        let p = ps("Police said 25-year-old Luis Alberto Ortega Ruiz died of a gunshot wound.");
        let luis = find(&p, "Luis Alberto Ortega Ruiz");
        assert_eq!(
            (luis.role, luis.status),
            (Role::Victim, Some(Status::Killed))
        );
        let p = ps("Millbrook City Police Sgt. Dana Kettle said the woman was shot in the foot.");
        let dana = find(&p, "Dana Kettle");
        assert_eq!(dana.role, Role::Official);
        assert_eq!(dana.title.as_deref(), Some("police sergeant"));
        // "Also" opens a sentence, not a name.
        let p = ps("Also Jorge Ramos, 34, of Bakersfield died after being shot.");
        assert_eq!(find(&p, "Jorge Ramos").status, Some(Status::Killed));
        // A sheriff who speaks is not the one arrested near him.
        let p = ps(
            "Sheriff Dana Kettle said the boy's father put his son in the car. \
            Kettle does not anticipate charging the boy's father.",
        );
        assert_eq!(find(&p, "Dana Kettle").role, Role::Official);
        // A quotation opened straight and closed curly is still speech.
        let p = ps(
            "\"This is not normal, our kids being shot and killed,” the Rev. Dana Kettle \
             of Hope Church.",
        );
        assert_eq!(find(&p, "Dana Kettle").status, None);
        // Who indicates what happened reports it.
        let p = ps("Millbrook Police Sergeant Dana Kettle indicates the man will survive.");
        assert_eq!(find(&p, "Dana Kettle").role, Role::Official);
    }

    #[test]
    fn agents_of_passive_harm_and_lists_of_one_age() {
        let p = ps("The boy was shot in the leg by his cousin, 17-year-old Carl Denton.");
        assert_eq!(find(&p, "Carl Denton").role, Role::Suspect);
        let p = ps("Nate Ruiz, Ivo Brand, both 20, and Mia Cole, 19, face murder charges.");
        assert_eq!(find(&p, "Nate Ruiz").status, Some(Status::Arrested));
        let p = ps(
            "The men killed were identified as Dell Turner, 23, of the 4400 block of \
            North Ash Avenue, and Lem Davis, of the first block of West Elm Street.",
        );
        assert_eq!(find(&p, "Lem Davis").status, Some(Status::Killed));
    }

    #[test]
    fn months_that_are_first_names() {
        let p = ps("Police say April Kessel, 18, was an innocent victim.");
        assert_eq!(find(&p, "April Kessel").age, Some(18));
        // Without an age, a title or a person's verb, a month opens no name.
        assert!(ps("In April Kessel Park reopened.").is_empty());
        let p = ps("Deputies found Dakota Penrose, 16, with a gunshot wound.");
        assert_eq!(find(&p, "Dakota Penrose").age, Some(16));
    }

    fn find<'a>(ps: &'a [Person], name: &str) -> &'a Person {
        ps.iter()
            .find(|p| p.name.as_deref() == Some(name))
            .unwrap_or_else(|| panic!("{name} not in {ps:#?}"))
    }

    #[test]
    fn a_name_after_said_that_a_verb_follows_is_the_subject_not_the_speaker() {
        let text = "Sheriff Glen Ardmore said Toby Varga, 15, was killed Tuesday night.";
        let ps = people(&sentences(&[text.to_string()]));
        let toby = find(&ps, "Toby Varga");
        assert_eq!(
            (toby.role, toby.status),
            (Role::Victim, Some(Status::Killed))
        );
        // "…, said Sgt. Ryan Cole." is still the speaker.
        let text = "The man was taken to a hospital, said Sgt. Ryan Cole.";
        let ps = people(&sentences(&[text.to_string()]));
        assert_ne!(find(&ps, "Ryan Cole").role, Role::Victim);
    }

    #[test]
    fn lists_with_semicolons_dropped_fields_and_relatives_share_their_signal() {
        let text = "The victims were identified as Orla Fenwick, 57; her sister, Bryn Tallow, 34; \
            and Tallow's son, Corwin Tallow, 16.";
        let ps = people(&sentences(&[text.to_string()]));
        for name in ["Orla Fenwick", "Bryn Tallow", "Corwin Tallow"] {
            assert_eq!(find(&ps, name).role, Role::Victim, "{name}");
        }
        let text = "Deputies found Lorne Ebb, 26, , Matteo Ruiz, 28, and Dacey Lund, 27, wounded.";
        let ps = people(&sentences(&[text.to_string()]));
        assert_victims(
            &ps,
            &["Lorne Ebb", "Matteo Ruiz", "Dacey Lund"],
            Status::Injured,
        );
    }

    #[test]
    fn an_age_before_a_dash_or_after_a_suffix_makes_an_unlisted_first_name_a_person() {
        let text =
            "The shooting killed Zaverick Tolle Jr., 16 — a sophomore — and hurt two others.";
        let ps = people(&sentences(&[text.to_string()]));
        let z = find(&ps, "Zaverick Tolle Jr.");
        assert_eq!(
            (z.role, z.status, z.age),
            (Role::Victim, Some(Status::Killed), Some(16))
        );
        let text = "Tobin Marsh, 38, underwent emergency surgery at Lakeview General.";
        let ps = people(&sentences(&[text.to_string()]));
        assert_eq!(find(&ps, "Tobin Marsh").status, Some(Status::Injured));
    }

    #[test]
    fn a_date_or_label_word_before_a_name_does_not_hide_it() {
        let text =
            "Early Tuesday Quill Harrow, 15, was arrested and charged with Second Degree murder.";
        let ps = people(&sentences(&[text.to_string()]));
        let q = find(&ps, "Quill Harrow");
        assert_eq!((q.role, q.status), (Role::Suspect, Some(Status::Arrested)));
        assert_eq!(ps.len(), 1, "{ps:#?}");
    }

    #[test]
    fn credits_nicknames_and_people_who_speak_for_others_are_not_participants() {
        let text = "Dorsey's lawyer, Wendell Prue, said his client was wounded in the arm. \
            (Arlo Denn / Lakeside Courier) Nathan Vane, aka Big Heavy, 28, was charged.";
        let ps = people(&sentences(&[text.to_string()]));
        assert_eq!(find(&ps, "Wendell Prue").role, Role::Official);
        assert_not_a_person(&ps, "Arlo Denn");
        assert_not_a_person(&ps, "Big Heavy");
        assert_eq!(find(&ps, "Nathan Vane").role, Role::Suspect);
    }

    #[test]
    fn shot_to_death_is_killed() {
        let text = "Her son, Marlon Quade, was shot to death with a shotgun at his home.";
        let ps = people(&sentences(&[text.to_string()]));
        let m = find(&ps, "Marlon Quade");
        assert_eq!((m.role, m.status), (Role::Victim, Some(Status::Killed)));
    }

    #[test]
    fn credits_posts_and_places_named_after_people_are_not_participants() {
        let text = "A boy was shot on Maple Street. (Provided Photo/Corin Vale) \
            The house where the boy was shot. (Tessa Marlow) \
            Neighbors met at Danny Okoro playground after the shooting. \
            My grandson was hurt. — Lena Brandt (@lenab) May 2, 2025";
        let ps = people(&sentences(&[text.to_string()]));
        for name in ["Corin Vale", "Tessa Marlow", "Danny Okoro", "Lena Brandt"] {
            assert_not_a_person(&ps, name);
        }
    }

    #[test]
    fn a_stations_reporter_is_not_a_participant() {
        let text = "NBC 6's Marla Venn spoke to the family of the boy who was shot. \
            Channel 2’s Corey Dunmore was at the scene, where Jalen Price, 17, was killed.";
        let ps = people(&sentences(&[text.to_string()]));
        for name in ["Marla Venn", "Corey Dunmore"] {
            assert_not_a_person(&ps, name);
        }
        assert_eq!(find(&ps, "Jalen Price").role, Role::Victim);
    }

    #[test]
    fn photographers_credited_after_a_caption_are_not_participants() {
        let text = "Police tape surrounds the home where a man was shot. | Pell Marsh/Lakeside Sun \
            A woman reacts outside the home. Photo: Ines Carrow, Lakeside Chronicle \
            Neighbors gather at the scene. Tobin Reyes for Lakeside Daily News \
            Two people died in the fire. (Kim Varley, Lloyd Amber / Lakeside Sun) \
            A gunman killed two people at the Lakeside Navy Yard, police said. \
            Police said Darnell Quist, 23, was shot in the leg.";
        let ps = people(&sentences(&[text.to_string()]));
        for name in [
            "Pell Marsh",
            "Ines Carrow",
            "Tobin Reyes",
            "Kim Varley",
            "Lloyd Amber",
            "Navy Yard",
            "Lakeside Navy Yard",
        ] {
            assert_not_a_person(&ps, name);
        }
        assert_eq!(find(&ps, "Darnell Quist").role, Role::Victim);
    }

    fn assert_victims(ps: &[Person], names: &[&str], status: Status) {
        for name in names {
            let p = find(ps, name);
            assert_eq!((p.role, p.status), (Role::Victim, Some(status)), "{name}");
        }
    }

    #[test]
    fn two_first_names_share_one_surname() {
        let text = "Brothers Marcus and Keenan Halvey were shot and wounded outside the store. \
            Police said Tia Lee and Omar Brisco saw the shooting. \
            The children were taken to a hospital in Jackson and Vera Sims was treated there.";
        let ps = people(&sentences(&[text.to_string()]));
        assert_victims(&ps, &["Marcus Halvey", "Keenan Halvey"], Status::Injured);
        // A capitalised word before the first name: "Lee and Omar" is no first name's pair.
        assert_not_a_person(&ps, "Lee Brisco");
        assert_not_a_person(&ps, "Jackson Sims");
        let text = "D'Andre Vosk, 19, was arrested Monday.";
        let ps = people(&sentences(&[text.to_string()]));
        assert_eq!(find(&ps, "D'Andre Vosk").role, Role::Suspect);
    }

    fn assert_not_a_person(ps: &[Person], name: &str) {
        assert!(
            ps.iter().all(|p| p.name.as_deref() != Some(name)),
            "{name}: {ps:#?}"
        );
    }

    #[test]
    fn a_residence_between_a_name_and_its_verb() {
        let text = "Police said Dorvan Quell of Lakeport has been charged with assault in the shooting. \
            Deputies said Kemo Rusk of East Lakeport was shot and killed Monday.";
        let ps = people(&sentences(&[text.to_string()]));
        assert_eq!(find(&ps, "Dorvan Quell").role, Role::Suspect);
        let rusk = find(&ps, "Kemo Rusk");
        assert_eq!(
            (rusk.role, rusk.status),
            (Role::Victim, Some(Status::Killed))
        );
        let text = "Gunfire erupted on Elm Street late Friday. Orvel Tamsin, 54, and Cade \
            Lorry, 35, were taken by fire rescue to Lakeside Health North. Police said \
            Jory Venn of 900 Garden Way #9 in Eastfield was also injured.";
        let ps = people(&sentences(&[text.to_string()]));
        assert_victims(
            &ps,
            &["Orvel Tamsin", "Cade Lorry", "Jory Venn"],
            Status::Injured,
        );
    }

    #[test]
    fn an_age_with_also_between_a_said_name_and_its_verb() {
        let text = "Rell Dawe told deputies that his friend Grady Sorrel, also 23, had shot him in the leg.";
        let ps = people(&sentences(&[text.to_string()]));
        assert_eq!(find(&ps, "Grady Sorrel").role, Role::Suspect);
    }

    #[test]
    fn names_with_a_capitalised_prefix_are_names() {
        let text = "Police said 19-year-old JaKela Vorn and 24-year-old TyQuan Bell were declared dead at the scene.";
        let ps = people(&sentences(&[text.to_string()]));
        assert_victims(&ps, &["JaKela Vorn", "TyQuan Bell"], Status::Killed);
    }

    #[test]
    fn the_subject_of_an_active_harm_verb_did_it_and_its_object_took_it() {
        let text = "Police said Dorian Hale, 41, shot and killed his neighbor, Mabel Court, 67.";
        let ps = people(&sentences(&[text.to_string()]));
        assert_eq!(find(&ps, "Dorian Hale").role, Role::Suspect);
        let m = find(&ps, "Mabel Court");
        assert_eq!((m.role, m.status), (Role::Victim, Some(Status::Killed)));
        let text = "Brenna Solis was shot and killed Friday near her home.";
        let ps = people(&sentences(&[text.to_string()]));
        let b = find(&ps, "Brenna Solis");
        assert_eq!((b.role, b.status), (Role::Victim, Some(Status::Killed)));
        // A rank or trade between the verb and the name.
        let text = "The gunman shot sheriff's deputy Carl Wenz in the leg.";
        let ps = people(&sentences(&[text.to_string()]));
        let c = find(&ps, "Carl Wenz");
        assert_eq!((c.role, c.status), (Role::Victim, Some(Status::Injured)));
    }

    #[test]
    fn identified_as_names_who_was_identified_not_who_identified() {
        let text = "Coroner Wade Polson identified the dead men as 26-year-old Tyrell Amos and 16-year-old Kenji Marsh.";
        let ps = people(&sentences(&[text.to_string()]));
        assert_victims(&ps, &["Tyrell Amos", "Kenji Marsh"], Status::Killed);
        assert_ne!(find(&ps, "Wade Polson").role, Role::Victim);
        let text = "Chief Ray Dunn identified the shooter as Colby Fenn, 31.";
        let ps = people(&sentences(&[text.to_string()]));
        assert_eq!(find(&ps, "Colby Fenn").role, Role::Suspect);
    }

    #[test]
    fn he_or_she_continues_the_person_just_named() {
        let text = "Relatives identified the man as Orrin Vasquez, 22. He died at a hospital early Sunday.";
        let ps = people(&sentences(&[text.to_string()]));
        let orrin = find(&ps, "Orrin Vasquez");
        assert_eq!(
            (orrin.role, orrin.status),
            (Role::Victim, Some(Status::Killed))
        );
    }

    #[test]
    fn possessives_streets_and_buildings_are_not_people() {
        let text =
            "Police found Nora Bellamy’s car on Martin Luther King Boulevard. Bellamy was wounded.";
        let ps = people(&sentences(&[text.to_string()]));
        assert_eq!(find(&ps, "Nora Bellamy").status, Some(Status::Injured));
        assert!(
            ps.iter()
                .all(|p| p.name.as_deref() != Some("Martin Luther King")),
            "{ps:#?}"
        );
    }

    #[test]
    fn person_verbs_and_identified_as_make_names_of_unlisted_first_names() {
        let quist = ps("Investigators said Dravontae Quist was arrested at a motel.");
        assert_eq!(
            find(&quist, "Dravontae Quist").status,
            Some(Status::Arrested)
        );
        let ward = ps("Jon Ward was charged with assault on Friday.");
        assert_eq!(find(&ward, "Jon Ward").role, Role::Suspect);
        let named = ps("The boy was identified as Tavorian Quenvik.");
        assert_eq!(named.len(), 1);
        assert_eq!(named[0].name.as_deref(), Some("Tavorian Quenvik"));
        // Without the context, an unlisted first word does not make a name.
        assert!(ps("Officers saw Tavorian Quenvik near the park.").is_empty());
        // A town is not a person because a person's verb follows it.
        assert!(
            ps("A man from Downers Grove was shot on the highway.")
                .iter()
                .all(|p| p.name.as_deref() != Some("Downers Grove"))
        );
    }

    #[test]
    fn ranks_after_capitalised_words_and_bare_occupations_make_officials() {
        let sheriff = ps("Pike County Sheriff Dale Ruckner said deputies found the car.");
        assert_eq!(
            find(&sheriff, "Dale Ruckner").title.as_deref(),
            Some("sheriff")
        );
        assert_eq!(find(&sheriff, "Dale Ruckner").role, Role::Official);
        let sergeant =
            ps("Two suspects ran off, according to the report from Sgt. Ryan Holmquist.");
        assert_eq!(find(&sergeant, "Ryan Holmquist").role, Role::Official);
        let spokeswoman =
            ps("The girl was grazed, police spokeswoman Remi Braddock told reporters.");
        assert_eq!(find(&spokeswoman, "Remi Braddock").role, Role::Official);
        let deputy =
            ps("The call came at 12:45 a.m., said sheriff's spokesman Deputy Armando Ruiz.");
        assert_eq!(find(&deputy, "Armando Ruiz").role, Role::Official);
        for text in [
            "Three men were arrested after robberies at a Miami McDonald's.",
            "The Providence County Grand Jury issued an indictment.",
            "Former Yates basketball star fatally shot, possibly during burglary.",
        ] {
            assert!(ps(text).is_empty(), "{text}");
        }
        let residents = ps("A 40-year-old Mason Hill man died early Tuesday.");
        assert!(residents.is_empty(), "{residents:?}");
    }

    #[test]
    fn facing_charges_is_an_arrest_and_a_face_is_not() {
        let both = ps(
            "Jordan Clayborne, 21, and Brandell Brookfield, 19, both face first-degree murder charges.",
        );
        assert_eq!(
            find(&both, "Brandell Brookfield").status,
            Some(Status::Arrested)
        );
        let face = ps("Marcus Tillery, 22, was shot in the face.");
        assert_eq!(find(&face, "Marcus Tillery").status, Some(Status::Injured));
    }

    #[test]
    fn a_quoted_nickname_inside_a_name_is_left_out_of_it() {
        let found = ps(
            "Police are looking for Marquis “Tiny” Delacroix, 19, and Ruben \"Bo\" Ostrander, 22.",
        );
        assert_eq!(find(&found, "Marquis Delacroix").age, Some(19));
        assert_eq!(find(&found, "Ruben Ostrander").age, Some(22));
    }

    #[test]
    fn ages_make_names_of_unlisted_first_names_and_weekdays_end_them() {
        let webb = ps(
            "The teenager killed Tuesday has been identified as 17-year-old Juzahris Quintez Webb.",
        );
        assert_eq!(
            find(&webb, "Juzahris Quintez Webb").status,
            Some(Status::Killed)
        );
        let green = ps("Police identified the victim as Iiaonna Green, 18.");
        assert_eq!(find(&green, "Iiaonna Green").age, Some(18));
        let edwards = ps("Deputies said they arrested 17-year-old Dalton Edwards Wednesday night.");
        assert_eq!(
            find(&edwards, "Dalton Edwards").status,
            Some(Status::Arrested)
        );
        let spikes = ps("Police said Jakairion Spikes, 16, shot him inside the apartment.");
        assert_eq!(find(&spikes, "Jakairion Spikes").role, Role::Suspect);
        let hurt =
            ps("Amanda Depasquale, 27, and Vanessa Van Almen, 24, were taken to area hospitals.");
        assert_eq!(
            find(&hurt, "Vanessa Van Almen").status,
            Some(Status::Injured)
        );
    }

    #[test]
    fn an_age_given_as_part_of_a_decade_is_a_range() {
        let text = "Police identified the second victim as Lionel Barrow. He was in his early 40s.";
        let ps = people(&sentences(&[text.to_string()]));
        let b = find(&ps, "Lionel Barrow");
        assert_eq!((b.age, b.age_range), (None, Some((40, 43))));
        assert_eq!(b.gender, Some(Gender::Male));
        let text = "The child, Kyle Tarn, was 8. Tarn's grandmother said she was at church. She kept the gun in a drawer.";
        let ps = people(&sentences(&[text.to_string()]));
        assert_eq!(find(&ps, "Kyle Tarn").gender, None);
        let text = "Mara Quill, in her late 20s, was wounded.";
        let ps = people(&sentences(&[text.to_string()]));
        assert_eq!(find(&ps, "Mara Quill").age_range, Some((27, 29)));
    }

    #[test]
    fn roles_titles_ages() {
        let text = "Police Chief Dana Ortiz said officers found the delivery driver, Marcus Hill, on the porch. \
            Officer Jenna Price, 29, died at the scene, Ortiz said. \
            Hill was taken to a hospital in critical condition. \
            A 19-year-old man, Tyler Shaw, was arrested Sunday and charged with murder.";
        let ps = people(&sentences(&[text.to_string()]));
        let chief = find(&ps, "Dana Ortiz");
        assert_eq!(
            (chief.role, chief.title.as_deref()),
            (Role::Official, Some("police chief"))
        );
        let hill = find(&ps, "Marcus Hill");
        assert_eq!(
            (hill.role, hill.status, hill.title.as_deref()),
            (Role::Victim, Some(Status::Injured), Some("delivery driver"))
        );
        let price = find(&ps, "Jenna Price");
        assert_eq!(
            (price.role, price.status, price.age),
            (Role::Victim, Some(Status::Killed), Some(29))
        );
        let shaw = find(&ps, "Tyler Shaw");
        assert_eq!(
            (shaw.role, shaw.status, shaw.age, shaw.gender),
            (
                Role::Suspect,
                Some(Status::Arrested),
                Some(19),
                Some(Gender::Male)
            )
        );
    }

    #[test]
    fn surnames_repeated_alone_are_listed() {
        let text = "Sources say the governor picked Whitlock for the post. Whitlock did not \
            comment. Sources said Tuesday it was settled.";
        let s = sentences(&[text.to_string()]);
        assert_eq!(repeated_surnames(&s), ["whitlock"]);
        // A surname that is a rare first name counts; a common first name does not.
        let text = "Her publicist said Reid was resting. Reid, 33, thanked fans. Later Scott \
            said nothing. Aides saw Scott leave.";
        let s = sentences(&[text.to_string()]);
        assert_eq!(repeated_surnames(&s), ["reid"]);
    }

    #[test]
    fn a_described_person_of_the_same_age_gives_the_gender() {
        let text = "A 24-year-old man was shot on Birch Street. Police identified the victim as \
            Dale Orr, 24. A 19-year-old woman and a 19-year-old man were also there: Kim Roe, 19, \
            was not hurt.";
        let ps = people(&sentences(&[text.to_string()]));
        assert_eq!(find(&ps, "Dale Orr").gender, Some(Gender::Male));
        // Two descriptions of 19-year-olds disagree: no gender from them.
        assert_eq!(find(&ps, "Kim Roe").gender, None);
    }

    #[test]
    fn a_deputy_public_defender_is_a_title_not_part_of_the_name() {
        let text = "Deputy Public Defender Dana Kessel, who represents the teen, said she is waiting for evidence. Deputy District Attorney Ray Dunn said the case is strong.";
        let ps = people(&sentences(&[text.to_string()]));
        let k = find(&ps, "Dana Kessel");
        assert_eq!(
            (k.role, k.title.as_deref()),
            (Role::Official, Some("deputy public defender"))
        );
        let d = find(&ps, "Ray Dunn");
        assert_eq!(d.title.as_deref(), Some("deputy district attorney"));
    }

    #[test]
    fn places_and_organisations_are_not_people() {
        let text = "The Kansas City Police Department and Jackson County deputies responded on Monday Street.";
        assert!(people(&sentences(&[text.to_string()])).is_empty());
        // A station's segment: "Your" opens no name.
        let text = "Seven for Your Corner spoke with the wounded woman Tuesday night.";
        assert!(people(&sentences(&[text.to_string()])).is_empty());
    }
}
