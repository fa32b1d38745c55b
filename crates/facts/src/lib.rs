//! Facts: when, where, who, what happened and who said what, from one cleaned report.
//!
//! Invariants: pure (the gazetteer and name lists are compiled into the binary); every fact
//! carries [`Evidence`]: the sentence it was read from and the rule that read it; nothing is
//! guessed without a rule name saying so (`published` for a date taken from the publication
//! date).

use std::sync::LazyLock;

use regex::Regex;
use storyfold_model::{CleanReport, Evidence, Person, PlaceFact, ReportFacts, Role, Status};

pub mod city_parts;
pub mod counts;
pub mod gazetteer;
pub mod neighbourhoods;
pub mod people;
pub mod place;
pub mod quotes;
pub mod text;
pub mod timex;
pub mod vessels;
pub mod when;

pub use text::{Sentence, sentences};

static STREET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b((?:[A-Z][a-z]+|\d+(?:st|nd|rd|th))(?:\s[A-Z][a-z]+)?)\s(Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Drive|Dr\.|Lane|Ln\.|Way|Court|Ct\.|Place|Parkway|Pkwy\.|Highway|Terrace|Circle|Pike|Trail)\b").unwrap()
});

/// Right before a street: where someone lives ("Ann Lee, 19, of the 7400 block of Elm
/// Avenue, was …", "Dan Roe, 14, of Pleasant Avenue"), not where the incident was.
static RESIDENCE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b\d{1,3},\s+of\s+(?:the\s+\d+\s+block\s+of\s+)?(?:\d+\s+)?(?:(?:North|South|East|West|N\.|S\.|E\.|W\.)\s+)?$").unwrap()
});

/// Distinct streets from which a report is a listing of incidents, whatever it says.
const ROUNDUP_STREETS: usize = 10;

static ROUNDUP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(separate (?:shootings|incidents|attacks)|in (?:an)?other (?:shooting|incident)|in a separate (?:shooting|incident)|weekend of violence|violent weekend|string of shootings|multiple shootings across|(?:shootings|shot|wounded|killed) (?:[\w-]+ ){0,3}?across the city|citywide|city-wide)\b").unwrap()
});

/// A headline that reports several shootings: a number of them, separate ones, a weekend's
/// or a night's ("Tulsa police investigating two separate shootings", "4 shootings
/// overnight", "Chief angry over weekend shootings"). A plural alone is not enough: "church
/// shootings" names one attack.
static ROUNDUP_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(separate (?:shootings|incidents)|(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|[2-9]|\d{2}) (?:(?:separate|unrelated|overnight|weekend|accidental|different|more|other|fatal|deadly|nonfatal) )?(?:shootings|incidents)|weekend (?:shootings|violence|gunfire)|(?:weekend|holiday|overnight) (?:shooting |gun |violence )?(?:death )?toll|shootings (?:overnight|over the weekend|this weekend))\b").unwrap()
});

/// An age: "24-year-old", ", 24," right after a word ("Ann Lee, 24,", "sister, 3,"), "ages 3
/// and 6", "the victim is 15,".
static AGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"\b(\d{1,3})-year-old\b|[A-Za-z][a-z]+, (\d{1,3}),|\bages (\d{1,2}) and (\d{1,2})\b",
        r"|\b(?:victim|suspect|shooter|gunman|boy|girl|man|woman|teen|teenager|child) (?:is|was) (\d{1,2})(?: years old)?[,.;]",
    ))
    .unwrap()
});

/// A sentence about an earlier or other incident.
static BACKGROUND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b((?:came|comes|happened|occurred)\s+(?:just\s+)?(?:\w+\s+){0,5}?(?:days?|weeks?|months?|hours?|years?)\s+(?:after|before)|in a separate (?:incident|shooting|case)|(?:not|isn't|wasn't|aren't) (?:believed to be )?(?:connected|related|linked)|no (?:link|connection) (?:between|to)|unrelated|(?:nothing|no evidence) link(?:ing|s|ed)|previous(?:ly)? (?:shooting|incident)|marks? the \w+ (?:shooting|homicide)|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+) years? (?:ago|earlier)|(?:in )?retaliation for|(?:came|comes|happened|occurred) on the same (?:day|night|week)|(?:happened|occurred|took place) (?:almost |about |nearly |more than |less than |just )?(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:days?|weeks?|months?|years?) ago|another (?:[\w-]+ ){0,2}?(?:shooting|incident|attack) (?:last|earlier this|earlier in the) (?:week|month|year))").unwrap()
});

/// A sentence that opens in an earlier time ("Last year, a 4-year-old boy shot himself …",
/// "Two years ago, …", "In 2014, …"): about another incident or someone's past.
static EARLIER_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*(?:(?:within )?(?:the )?(?:last|past) (?:year|month|summer|spring|fall|autumn|winter)|(?:a|one|two|three|four|five|six|several|\d+) (?:years?|months?) (?:ago|earlier|before)|in (?:19|20)\d\d|back in (?:19|20)\d\d)\b").unwrap()
});

/// "In the summer of 2013, …": a season of a year, which [`is_background`] takes when the
/// year is before the report's.
static SEASON_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*in (?:the )?(?:early |late )?(?:summer|spring|fall|autumn|winter)(?: of)? ((?:19|20)\d\d)\b").unwrap()
});

/// "PREVIOUS: Pair charged in shooting …", "Previously: …": a link to an earlier story.
static PREVIOUS_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*(?:previous(?:ly)?|earlier|previous story)\s*:").unwrap()
});

/// "1993: Dr. Ann Lee is shot …", "January 2009: Shooting at dice game …": an entry of a
/// timeline, a year and a colon opening it (a sidebar or a list of a city's past shootings).
static TIMELINE_ENTRY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\W*(?:[A-Za-z]+\s+){0,2}?((?:19|20)\d\d)\s*:\s").unwrap());

/// Is the sentence a timeline's entry of a year before the report's (with no date known, a
/// timeline looks back)?
fn timeline_entry(text: &str, published_year: Option<i16>) -> bool {
    TIMELINE_ENTRY
        .captures(text)
        .is_some_and(|c| before_the_report(&c[1], published_year))
}

/// Is `year` before the report's year (any year is, when the report's is unknown)?
fn before_the_report(year: &str, published_year: Option<i16>) -> bool {
    published_year.is_none_or(|now| year.parse::<i16>().is_ok_and(|year| year < now))
}

/// "the 2007 shooting death of …", "the 2015 Genesee Street shooting": a shooting of a year
/// written before it.
static YEAR_SHOOTING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b((?:19|20)\d\d) (?:[A-Z][\w'.-]* ){0,3}(?:shooting|killing|murder|slaying|death|homicide)").unwrap()
});

/// "In March, a boy found a rifle …", "In late October 2014, …": a sentence that opens
/// with a month, background when the month is before the incident's
/// ([`opens_with_an_earlier_month`]).
static MONTH_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\W*In (?:early |late |mid-?)?(January|February|March|April|May|June|July|August|September|October|November|December)(?:,? ((?:19|20)\d\d))?\b").unwrap()
});

/// Does the sentence open with a month (of `incident`'s year when it names none) before the
/// incident's month?
fn opens_with_an_earlier_month(text: &str, incident: Option<jiff::civil::Date>) -> bool {
    let (Some(c), Some(day)) = (MONTH_OPENING.captures(text), incident) else {
        return false;
    };
    let Some(month) = storyfold_model::month_number(&c[1]) else {
        return false;
    };
    let year = c
        .get(2)
        .and_then(|y| y.as_str().parse::<i16>().ok())
        .unwrap_or(day.year());
    (year, month) < (day.year(), day.month())
}

/// A sentence about another incident: [`BACKGROUND`]'s, [`EARLIER_OPENING`]'s or
/// [`TIMELINE_ENTRY`]'s, or one that names a shooting of a year two or more years before the
/// report's (a follow-up a year on names its own incident so: "the 2013 shooting of seven
/// people").
fn is_background(text: &str, published_year: Option<i16>) -> bool {
    // "His arrest came a week after that of Tommie Thornton": one arrest of the case timed
    // by another, not another incident.
    let arrest_timed = |m: regex::Match| text[..m.start()].trim_end().ends_with("arrest");
    BACKGROUND.find_iter(text).any(|m| !arrest_timed(m))
        || EARLIER_OPENING.is_match(text)
        || PREVIOUS_LABEL.is_match(text)
        || timeline_entry(text, published_year)
        || SEASON_OPENING
            .captures(text)
            .is_some_and(|c| before_the_report(&c[1], published_year))
        || published_year.is_some_and(|now| {
            YEAR_SHOOTING.captures_iter(text).any(|c| {
                c[1].parse::<i16>()
                    .is_ok_and(|year| year <= now.saturating_sub(2))
            })
        })
}

static UNNAMED_SUSPECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:a|the|one)\s+(?:(male|female)\s+|(\d{1,2})-year-old\s+)?(?:(man|woman|teen|boy|girl)\s+)?(?:suspect|gunman|shooter)\b").unwrap()
});

/// "36th District Court", "Allen Superior Court", "the County Circuit Court": a court of law,
/// not a street named Court.
fn is_court(name: &str, kind: &str) -> bool {
    matches!(kind, "Court" | "Ct.")
        && name.split(' ').next_back().is_some_and(|w| {
            matches!(
                w,
                "District"
                    | "Pleas"
                    | "Appellate"
                    | "This"
                    | "The"
                    | "Circuit"
                    | "Superior"
                    | "Juvenile"
                    | "County"
                    | "Municipal"
                    | "Supreme"
                    | "Family"
                    | "Federal"
                    | "Criminal"
                    | "Appeals"
                    | "Probate"
                    | "State"
                    | "City"
                    | "Magistrate"
                    | "Traffic"
                    | "Drug"
                    | "Housing"
            )
        })
}

/// A street's key: lower case, the kind spelled out, without a leading direction, an
/// ordinal in figures ("North Arlington Avenue" and "Arlington Avenue", "Sixth Street" and
/// "6th Street" are one street to two reports of one shooting).
fn street_key(name: &str, kind: &str) -> String {
    let name = match name.split_once(' ') {
        Some((
            "North" | "South" | "East" | "West" | "Northeast" | "Northwest" | "Southeast"
            | "Southwest",
            rest,
        )) => rest,
        _ => name,
    };
    let name = text::ORDINALS
        .iter()
        .find(|(word, _)| *word == name)
        .map_or(name, |(_, figure)| figure);
    let kind = match kind.trim_end_matches('.') {
        "St" => "street",
        "Ave" => "avenue",
        "Rd" => "road",
        "Blvd" => "boulevard",
        "Dr" => "drive",
        "Ln" => "lane",
        "Ct" => "court",
        "Pkwy" => "parkway",
        other => return format!("{} {}", name.to_lowercase(), other.to_lowercase()),
    };
    format!("{} {kind}", name.to_lowercase())
}

/// Reads every fact of one report, with what its outlet's web address suggests.
pub fn extract(report: &CleanReport) -> ReportFacts {
    extract_with(report, &outlet_hint(report))
}

/// The outlet key of a report (lower-cased source, else the URL's host).
pub fn outlet_key(report: &CleanReport) -> Option<String> {
    report
        .source
        .as_deref()
        .map(|s| s.trim().to_lowercase())
        .or_else(|| url_host(report.url.as_deref()?))
}

fn url_host(url: &str) -> Option<String> {
    let rest = url.split_once("://").map(|x| x.1).unwrap_or(url);
    let host = rest.split(['/', '?', '#']).next()?.to_lowercase();
    (!host.is_empty()).then_some(host)
}

/// The place hint from the outlet's web address (source or URL host).
pub fn outlet_hint(report: &CleanReport) -> place::PlaceHint {
    let hosts = [
        report
            .source
            .as_deref()
            .filter(|s| s.contains('.'))
            .map(str::to_lowercase),
        report.url.as_deref().and_then(url_host),
    ];
    hosts
        .iter()
        .flatten()
        .map(|h| place::host_hint(h))
        .find(|h| h.home_state.is_some())
        .or_else(|| report.site.as_deref().map(place::site_hint))
        .unwrap_or_default()
}

/// Reads the place again with a better hint (the outlet's home learned from the batch).
pub fn replace_place(report: &CleanReport, facts: &mut ReportFacts, hint: &place::PlaceHint) {
    facts.place = place_with(report, hint);
}

/// The place [`extract`] reads, alone (for learning outlet homes before reading the rest).
pub fn place(report: &CleanReport) -> Option<PlaceFact> {
    place_with(report, &outlet_hint(report))
}

fn place_with(report: &CleanReport, hint: &place::PlaceHint) -> Option<PlaceFact> {
    let with_title = titled(report, sentences(&report.paragraphs));
    place::incident_place(
        report.dateline.as_ref(),
        &less_timelines(&with_title, report.published.map(|d| d.year())),
        hint,
    )
}

/// The report's title (when it has one) as sentence 0, then `body`.
fn titled(report: &CleanReport, body: impl IntoIterator<Item = Sentence>) -> Vec<Sentence> {
    let title = report.title.iter().map(|t| Sentence {
        text: t.clone(),
        paragraph: 0,
    });
    title.chain(body).collect()
}

/// The sentences a place is read from: all but a timeline's entries, which name another
/// incident's place (a sidebar's "1993: a doctor is shot outside a Pensacola clinic"). The
/// rest of [`is_background`] stays: "the 2013 shooting at the Crab Fest in Williston" in a
/// report of the plea two years on names its own incident's place (GVA developer split:
/// dropping all background sentences cost 2 cities and fixed 1).
fn less_timelines(sentences: &[Sentence], published_year: Option<i16>) -> Vec<Sentence> {
    sentences
        .iter()
        .filter(|s| !timeline_entry(&s.text, published_year))
        .cloned()
        .collect()
}

/// One person, told of by `sentence` without a count (rules `someone-died`, `someone-hurt`).
fn one_told(sentence: &Sentence, rule: &str) -> storyfold_model::CountFact {
    storyfold_model::CountFact {
        value: 1,
        evidence: Evidence {
            sentence: sentence.text.as_str().into(),
            rule: rule.into(),
        },
    }
}

/// One death told without a count (see its use in [`extract_with`]).
static SOMEONE_DIED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?shooting\s+death\b|(?:suffered|sustained)\s+(?:a\s+)?(?:fatal|mortal)\s+(?:gunshot\s+)?(?:wound|injuries|injury)\b)|\b(?-i:killing\s+[A-Z][a-z]+\b)|\bthe\s+(?:murder|killing|death)\s+of\s+(?:his|her|their)\s+(?:\d+-year-old\s+)?(?:wife|husband|daughter|son|girlfriend|boyfriend|mother|father|brother|sister|child|baby|fianc[eé]e?|friend|cousin|uncle|aunt|grandmother|grandfather|stepfather|stepmother|stepson|stepdaughter)\b").unwrap()
});

/// A headline telling of one who dies of a wound ("Boy, 8, dies from accidental gunshot
/// wound"): one death (rule `someone-died`). Only the headline: in the body, "a man who was
/// shot Thursday has died of his injuries" is as often another incident's victim.
static DIES_OF_WOUNDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:dies|died|has\s+died)\s+(?:from|of)\s+(?:(?:his|her|the|a|an)\s+)?(?:[\w-]+\s+){0,2}?(?:wounds?|injuries)\b").unwrap()
});

/// A headline's "deadly shooting", "fatal Elm Park shooting": someone died, when nothing
/// counts the dead (on the GVA developer split, of 12 reports with such a headline and no
/// count, 9 were of one death and 3 of two).
static DEADLY_SHOOTING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:deadly|fatal)\s+(?:[\w-]+\s+){0,2}?(?:shooting|shootout|shoot-out)\b")
        .unwrap()
});

/// A harm that is no shooting's ([`extract_with`]).
static OTHER_HARM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:crash|crashed|crashes|collision|collided|drown|drowned|drowning|swimming pool|overdose|overdosed|stabbed|stabbing|stab wounds?|house fire|apartment fire|blaze)\b").unwrap()
});

/// One wound told without a count (see its use in [`extract_with`]).
static SOMEONE_HURT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(?:he|she|who)\s+was\s+(?:shot|struck|hit|wounded|grazed)\b|(?:bullet|round|shot|gun|shotgun|pellets?)\s+(?:\w+\s+){0,3}?(?:struck|strikes|hit|hits|hitting|grazed|grazes|striking)\s+(?:a|an|the|his|her|teen|man|woman|boy|girl|child|toddler)\b|(?:gunshot|bullet)\s+wounds?\b|(?:was|were)\s+found\s+shot\b|sent\s+(?:a|one)\s+\w+\s+to\s+(?:the|a)\s+hospital|(?:injuries|wounds?)\s+(?:he|she)\s+(?:sustained|suffered)|was\s+shot\s+(?:in|on)\s+the\b)").unwrap()
});

/// Reads every fact of one report, with a given hint of its outlet's home.
pub fn extract_with(report: &CleanReport, hint: &place::PlaceHint) -> ReportFacts {
    let sents = sentences(&report.paragraphs);
    let with_title = titled(report, sents.iter().cloned());

    // Sentences about other incidents ("The shooting came two days after ...", "Juzahris
    // Webb, 17, was shot and killed Jan. 31" in a report of a shooting a week later) are
    // background: their people, streets and counts are not this incident's.
    let (date, other_days) = when::incident_date_and_other_days(&sents, report.published, 3);
    let published_year = report.published.map(|d| d.year());
    // The incident's month against a sentence's opening month: the date read, which is the
    // publication date when the text states none.
    let incident_day = date.as_ref().map(|d| d.value);
    let background = |text: &str| {
        is_background(text, published_year) || opens_with_an_earlier_month(text, incident_day)
    };
    let foreground: Vec<Sentence> = sents
        .iter()
        .enumerate()
        .filter(|(i, s)| !background(&s.text) && !other_days.contains(i))
        .map(|(_, s)| s.clone())
        .collect();
    // (The title is sentence 0 here, so body sentence i is i + 1.)
    let with_title_fg: Vec<Sentence> = with_title
        .iter()
        .enumerate()
        .filter(|(i, s)| {
            let body = i.checked_sub(usize::from(report.title.is_some()));
            !background(&s.text) && body.is_none_or(|b| !other_days.contains(&b))
        })
        .map(|(_, s)| s.clone())
        .collect();

    let kind = counts::kind(&sents, report.title.as_deref());
    let place = place::incident_place_in_local_news(
        report.dateline.as_ref(),
        &less_timelines(&with_title, published_year),
        hint,
        kind != storyfold_model::EventKind::Other,
    );
    // The headline's people too, when it is written as a sentence (ECB+'s and many wires'
    // first sentence is the title, and the cleaner takes it out of the body); a title-cased
    // headline ("Man Shot In Grays Ferry") reads as a run of names.
    let headline_sentence = kind == storyfold_model::EventKind::Other
        && report
            .title
            .as_deref()
            .is_some_and(|t| !place::title_cased(t));
    let mut people = people::people(if headline_sentence {
        &with_title_fg
    } else {
        &foreground
    });
    let quotes = quotes::quotes(&sents, &people);
    let mut streets: Vec<String> = foreground
        .iter()
        .flat_map(|s| {
            STREET
                .captures_iter(&s.text)
                .filter(|c| !is_court(&c[1], &c[2]))
                .filter(|c| !RESIDENCE_BEFORE.is_match(&s.text[..c.get(0).unwrap().start()]))
                .map(|c| street_key(&c[1], &c[2]))
                .collect::<Vec<_>>()
        })
        .collect();
    streets.sort();
    streets.dedup();
    let roundup = (sents.iter().filter(|s| ROUNDUP.is_match(&s.text)).count() >= 1 && streets.len() >= 3)
            // A headline about several shootings ("Police investigating two separate
            // shootings", "2 accidental shootings overnight", "weekend shootings").
            || report.title.as_deref().is_some_and(|t| ROUNDUP_TITLE.is_match(t))
            // A listing page (open cases, a week's police blotter) names many addresses.
            || streets.len() >= ROUNDUP_STREETS;
    // A round-up's totals ("three separate shootings left one dead") are its subject; in a
    // report of one incident, such sentences are about other incidents.
    // In a report of a shooting, a sentence that tells of a crash, a drowning, an overdose,
    // a stabbing or a house fire and names no gun is another harm's (a page's other story, what happened
    // after): its hurt and dead are not the shooting's.
    // (Copied only when some sentence goes: most shooting reports tell of no other harm.)
    let other_harm =
        |s: &Sentence| OTHER_HARM.is_match(&s.text) && !counts::tells_of_a_gun(&s.text);
    let shooting_sentences: Vec<Sentence>;
    let counted =
        if kind == storyfold_model::EventKind::Shooting && with_title_fg.iter().any(other_harm) {
            shooting_sentences = with_title_fg
                .iter()
                .filter(|s| !other_harm(s))
                .cloned()
                .collect();
            &shooting_sentences
        } else {
            &with_title_fg
        };
    let c = counts::counts(counted, !roundup);

    let named = |status: Status| {
        people
            .iter()
            .filter(|p| p.status == Some(status) && p.role != Role::Official)
            .count() as u32
    };
    // The people named with a status, as a count (rule `named-…`), when there are any.
    let named_count = |named: u32, what: &str| {
        (named > 0).then(|| storyfold_model::CountFact {
            value: named,
            evidence: Evidence {
                sentence: "".into(),
                rule: format!("named-{what}").into(),
            },
        })
    };
    // Deaths and injuries: a phrase that counts them wins, even when fewer people are named
    // with that status (a misread relative or a victim of another incident is more common
    // than a count phrase that misses a named victim: GVA killed 0.854 -> 0.868, GVDB
    // 0.758 -> 0.793); the named people count only when no phrase does.
    let killed = c
        .killed
        .or_else(|| named_count(named(Status::Killed), "killed"));
    // A report that counts no deaths but tells of one ("an accidental shooting death", "a
    // rifle went off, killing Austin", "suffered a fatal gunshot wound", "charged with the
    // murder of her daughter", a headline's "dies from gunshot wound"): one person killed
    // (rule `someone-died`).
    let killed = killed.or_else(|| {
        (!roundup)
            .then(|| {
                with_title_fg
                    .iter()
                    .find(|s| SOMEONE_DIED.is_match(&s.text))
                    .or_else(|| {
                        with_title
                            .first()
                            .filter(|_| report.title.is_some())
                            .filter(|t| {
                                DIES_OF_WOUNDS.is_match(&t.text)
                                    || DEADLY_SHOOTING.is_match(&t.text)
                            })
                    })
            })
            .flatten()
            .map(|s| one_told(s, "someone-died"))
    });
    // Named people read as wounded count only when some phrase speaks of people hurt or shot:
    // alone, that status is more often a misread victim than news of an injury (on GVA, 105
    // of 262 such counts were too high, 120 right).
    // And a death the count tells of but no name does is most likely the one named as shot
    // ("Ann Lee was shot … The child later died"): such a name is not one more injury.
    let unnamed_dead = killed
        .as_ref()
        .map_or(0, |k| k.value)
        .saturating_sub(named(Status::Killed));
    // And when the only phrase counts people shot, no more of them than died ("two people
    // were shot and killed"), a name read as wounded is a misreading or one of the dead.
    let all_shot_died = c.injured.is_none()
        && c.shot
            .as_ref()
            .is_some_and(|s| killed.as_ref().is_some_and(|k| s.value <= k.value));
    let named_injured = if (c.injured.is_some() || c.shot.is_some()) && !all_shot_died {
        named(Status::Injured).saturating_sub(unnamed_dead)
    } else {
        0
    };
    let mut injured = c.injured.or_else(|| named_count(named_injured, "injured"));
    // "All three were shot" with one killed means two injured at least.
    if let (Some(shot), k) = (&c.shot, killed.as_ref().map(|k| k.value).unwrap_or(0))
        && shot.value > k
        && injured.as_ref().is_none_or(|i| i.value < shot.value - k)
    {
        injured = Some(storyfold_model::CountFact {
            value: shot.value - k,
            evidence: Evidence {
                sentence: shot.evidence.sentence.clone(),
                rule: "shot-minus-killed".into(),
            },
        });
    }
    // A shooting report that counts no one dead or hurt but tells of one wound ("he was shot
    // in the left hand", "the bullet grazed a 2-year-old", "sent a man to the hospital"):
    // one person hurt (rule `someone-hurt`, case `one-wound-without-a-count`). On the GVA
    // developer split it set 25 incidents' injured count right and 5 wrong.
    if killed.is_none()
        && injured.is_none()
        && kind == storyfold_model::EventKind::Shooting
        && !roundup
        && let Some(s) = with_title_fg
            .iter()
            .find(|s| SOMEONE_HURT.is_match(&s.text))
    {
        injured = Some(one_told(s, "someone-hurt"));
    }
    // Arrests: the larger of the phrase's count and the people named as arrested.
    let arrested = match c.arrested {
        Some(f) if f.value >= named(Status::Arrested) => Some(f),
        phrase => named_count(named(Status::Arrested), "arrested").or(phrase),
    };

    // An unnamed suspect ("a male suspect", "the gunman") when no suspect is named.
    if !people.iter().any(|p| p.role == Role::Suspect)
        && let Some(s) = sents.iter().find(|s| UNNAMED_SUSPECT.is_match(&s.text))
    {
        let cap = UNNAMED_SUSPECT.captures(&s.text).unwrap();
        let gender = cap
            .get(1)
            .or(cap.get(3))
            .and_then(|m| people::gendered_noun(m.as_str()));
        let custody = sents.iter().any(|s| {
            let t = s.text.to_lowercase();
            (t.contains("suspect") || t.contains("gunman"))
                && (t.contains("custody") || t.contains("arrested"))
        });
        people.push(Person {
            name: None,
            role: Role::Suspect,
            title: None,
            age: cap.get(2).and_then(|a| a.as_str().parse().ok()),
            age_range: None,
            gender,
            status: custody.then_some(Status::Arrested),
            evidence: vec![Evidence {
                sentence: s.text.as_str().into(),
                rule: "unnamed-suspect".into(),
            }],
        });
    }

    // The title's ages too: "Boy, 6, shot sister, 3" is often all a page tells of who.
    let mut ages: Vec<u32> = with_title_fg
        .iter()
        .flat_map(|s| AGE.captures_iter(&s.text))
        .flat_map(|c| (1..=5).filter_map(move |g| c.get(g)?.as_str().parse::<u32>().ok()))
        .filter(|a| *a < 110)
        .collect();
    ages.sort_unstable();
    ages.dedup();
    // The ages given only to suspects, and only to victims (a witness's or an official's
    // age, or one given to people of both sides, is of no known side).
    let only = |role: Role| -> Vec<u32> {
        let (mut these, mut others) = (Vec::new(), Vec::new());
        for p in &people {
            if let Some(age) = p.age {
                if p.role == role {
                    &mut these
                } else {
                    &mut others
                }
                .push(age);
            }
        }
        ages.iter()
            .copied()
            .filter(|a| these.contains(a) && !others.contains(a))
            .collect()
    };
    let (suspect_ages, victim_ages) = (only(Role::Suspect), only(Role::Victim));
    let surnames = if kind == storyfold_model::EventKind::Other {
        people::repeated_surnames(&with_title)
    } else {
        Vec::new()
    };

    ReportFacts {
        report: report.id.clone(),
        kind,
        date,
        place,
        killed,
        injured,
        arrested,
        people,
        quotes,
        streets,
        roundup,
        ages,
        suspect_ages,
        victim_ages,
        surnames,
        vessels: vessels::vessels(&with_title_fg),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A cleaned report of these paragraphs, with a headline when given.
    fn report_of(title: Option<&str>, paragraphs: &[&str]) -> CleanReport {
        CleanReport {
            id: "r".into(),
            source: None,
            title: title.map(str::to_string),
            published: None,
            url: None,
            byline: None,
            dateline: None,
            site: None,
            paragraphs: paragraphs.iter().map(|p| p.to_string()).collect(),
            removed: vec![],
        }
    }

    #[test]
    fn another_harm_s_hurt_are_not_the_shooting_s() {
        let shooting = "A man was shot and killed outside a corner store on Friday night, \
                        police said.";
        let f = extract(&report_of(
            Some("Man shot dead outside store"),
            &[
                shooting,
                "In other news, two teens were hospitalized after a crash on Route 9.",
            ],
        ));
        assert_eq!(f.killed.map(|c| c.value), Some(1));
        assert_eq!(f.injured.map(|c| c.value), None);
        let f = extract(&report_of(
            Some("Man shot dead outside store"),
            &[
                shooting,
                "Elsewhere, one child is in the hospital after a house fire on Birch Lane.",
            ],
        ));
        assert_eq!(f.injured.map(|c| c.value), None);
        // A sentence with a gun in it is the shooting's, whatever else it tells.
        let f = extract(&report_of(
            Some("Man shot dead outside store"),
            &[
                shooting,
                "The gunman fled and crashed his car, and two bystanders were hurt by gunfire.",
            ],
        ));
        assert_eq!(f.injured.map(|c| c.value), Some(2));
    }

    #[test]
    fn where_someone_lives_is_not_the_incident_s_street() {
        let f = extract(&report_of(
            None,
            &[
                "Dale Ruiz, 19, of the 7400 block of South Elm Avenue, was shot in the 100 \
                block of Birch Street on Friday.",
                "Mara Lee, 14, of Pleasant Avenue, was grazed.",
            ],
        ));
        assert_eq!(f.streets, ["birch street"]);
    }

    #[test]
    fn street_keys_drop_the_direction_and_courts_of_law_are_no_streets() {
        assert_eq!(street_key("North Arlington", "Avenue"), "arlington avenue");
        assert_eq!(street_key("Arlington", "Ave."), "arlington avenue");
        assert_eq!(street_key("West", "Street"), "west street");
        assert!(is_court("36th District", "Court"));
        assert!(is_court("Allen Superior", "Court"));
        assert!(!is_court("Markham Branch", "Court"));
        assert!(is_court("Common Pleas", "Court"));
        assert!(is_court("This", "Court"));
        assert_eq!(street_key("Sixth", "St."), street_key("6th", "Street"));
        assert_eq!(street_key("West Ninth", "Avenue"), "9th avenue");
        assert_eq!(street_key("Second Chance", "Road"), "second chance road");
    }

    #[test]
    fn shootings_across_the_city_on_three_streets_are_a_round_up() {
        let report = |first: &str| {
            report_of(
                Some("Eight shot on Thursday"),
                &[
                    first,
                    "Three people were shot in the 1400 block of Garnet Street around 4 p.m.",
                    "Three more were shot in the 600 block of Pruitt Avenue.",
                    "A man was shot in the arm in the 200 block of Osler Road.",
                ],
            )
        };
        let across = "Police are investigating the shootings of eight people across the city \
            Thursday, including two triple shootings.";
        assert!(extract(&report(across)).roundup);
        let one = "Police are investigating the shootings of eight people on Thursday.";
        assert!(!extract(&report(one)).roundup);
    }

    #[test]
    fn counts_of_other_shootings_named_in_passing_are_not_this_ones() {
        let mut report = report_of(
            None,
            &[
                "A man was shot and wounded Monday on Birch Lane, police said.",
                "The shooting comes on the same day that the mayor visits Eastfield, where six people were shot and killed last week.",
                "The men may belong to the gang targeted in another nearby shooting last month that left two dead and three wounded.",
                "The suspect was involved in the 2015 Garnet Street shooting, when four people were shot dead.",
            ],
        );
        report.published = Some(jiff::civil::date(2017, 5, 2));
        let f = extract(&report);
        assert_eq!(f.killed.map(|c| c.value), None);
        assert_eq!(f.injured.map(|c| c.value), Some(1));
    }

    #[test]
    fn victims_of_other_shootings_named_in_passing_are_not_this_ones() {
        let f = extract(&report_of(
            None,
            &[
                "A 15-year-old boy was shot and wounded Sunday on Alder Street, police said.",
                "The shooting comes a little more than a month after 9-year-old Lena Pratt was \
                killed on the same block.",
                "Within the last year, 6-year-old Nia Cobb died from a stray bullet.",
                "A mass shooting on Pell Street that occurred almost two weeks ago left nine \
                people shot.",
                "PREVIOUS: Pair charged in shooting that left two dead, several injured",
                "Sunday's shooting came a year after a gunman killed four people at the county fair.",
                "In the summer of 2015, Ray Dunmore went on a rampage in Millbrook, killing \
                six neighbors.",
            ],
        ));
        let named: Vec<_> = f.people.iter().filter_map(|p| p.name.as_deref()).collect();
        assert!(named.is_empty(), "{named:?}");
        assert_eq!(f.killed.map(|c| c.value), None);
        assert_eq!(f.injured.map(|c| c.value), Some(1));
    }

    #[test]
    fn a_sentence_opening_with_an_earlier_month_tells_of_another_incident() {
        let mut report = report_of(
            None,
            &[
                "A 6-year-old girl was shot and wounded Sunday at her home on Fern Street.",
                "There have been other shootings of children here. In January, Omar Reyes, 12, \
                was killed by a bullet fired into his bedroom.",
                "In August, Dana Voss, 30, was arrested and charged in the shooting.",
            ],
        );
        report.published = Some(jiff::civil::date(2016, 8, 30));
        let f = extract(&report);
        let named: Vec<_> = f.people.iter().filter_map(|p| p.name.as_deref()).collect();
        // January is before the incident's August; August is its own month.
        assert_eq!(named, ["Dana Voss"]);
        assert_eq!(f.killed.map(|c| c.value), None);
    }

    #[test]
    fn a_name_read_as_wounded_is_no_injury_when_everyone_shot_died() {
        // One shot, one dead: the son named as shot is the one who died (and the mother is
        // misread as a victim), not one more hurt.
        let f = extract(&report_of(
            Some("Mother charged with murder in fatal shooting of son, 17"),
            &[
                "Dana Moss is charged with fatally shooting her 17-year-old son.",
                "Her son, Kyle Perry, had been shot once.",
            ],
        ));
        assert_eq!(f.killed.map(|c| c.value), Some(1));
        assert_eq!(f.injured.map(|c| c.value), None);
    }

    #[test]
    fn in_general_news_a_headline_written_as_a_sentence_names_people() {
        let named = |title: &str| -> Vec<String> {
            let f = extract(&report_of(
                Some(title),
                &[
                    "Orr will join the team on Monday.",
                    "Orr said he was glad to stay home.",
                ],
            ));
            f.people.into_iter().filter_map(|p| p.name).collect()
        };
        assert_eq!(
            named("The Harbor Lions have signed receiver Dale Orr to a new contract."),
            ["Dale Orr"]
        );
        // A title-cased headline reads as a run of names: not read.
        assert!(named("Team Signs Orr After Long Talks").is_empty());
    }

    #[test]
    fn a_weekend_toll_in_the_headline_is_a_round_up() {
        let body = ["Nine people were wounded and two were killed, police said."];
        for title in [
            "Weekend Shooting Death Toll Rises To Three In Lakeport, 9 Others Wounded",
            "In Lakeport, weekend gunfire kills 2, wounds 9",
        ] {
            assert!(extract(&report_of(Some(title), &body)).roundup, "{title}");
        }
        let one = "Weekend shooting at Lakeport bar leaves 2 dead, 9 wounded";
        assert!(!extract(&report_of(Some(one), &body)).roundup);
    }

    #[test]
    fn ages_are_split_by_the_side_of_who_has_them() {
        let report = report_of(
            None,
            &[
                "Tessa Vine, 31, was shot and killed Friday outside a bakery.",
                "Police arrested Hugo Marsh, 25, on Saturday and charged him with murder.",
                "A 40-year-old woman who saw the shooting called 911.",
            ],
        );
        let f = extract(&report);
        assert_eq!(f.ages, [25, 31, 40]);
        assert_eq!(f.suspect_ages, [25]);
        assert_eq!(f.victim_ages, [31]);
    }

    #[test]
    fn ages_come_from_the_title_and_from_lists_of_ages() {
        let report = report_of(
            Some("Boy, 6, shot sister, 3, in parked car"),
            &["Two children, ages 4 and 9, were left alone in the car, police said."],
        );
        let f = extract(&report);
        assert_eq!(f.ages, [3, 4, 6, 9]);
        // A page whose body is only furniture still tells the age its title gives.
        let report = report_of(
            Some("Teen held in shooting of 7-year-old child"),
            &["Sign up for email alerts."],
        );
        assert_eq!(extract(&report).ages, [7]);
    }

    #[test]
    fn a_timeline_entry_names_another_incident_and_its_place() {
        let mut report = report_of(
            Some("Teen hurt, another held after shooting in Pine Bluff"),
            &[
                "Sidebar 1993: A doctor is shot to death outside a Pensacola, Florida, clinic.",
                "Police say one teen is hurt and another is in custody. The victim is 15, and \
                the suspect is 16.",
            ],
        );
        report.published = jiff::civil::Date::new(2017, 3, 16).ok();
        let f = extract(&report);
        let place = f.place.expect("a place");
        assert_eq!(place.city.as_deref(), Some("Pine Bluff"));
        assert_eq!(f.ages, [15, 16]);
    }

    #[test]
    fn an_arrest_timed_by_another_is_of_this_incident() {
        let f = extract(&report_of(
            None,
            &[
                "A 20-year-old man was shot and killed outside a bar on Friday.",
                "Reed Galvin, 19, was charged with murder on Monday.",
                "His arrest came a week after that of Tommie Hale, a 22-year-old fellow suspect.",
                "The shooting came two days after Nils Corbett was shot on the same block.",
            ],
        ));
        let role = |n: &str| {
            f.people
                .iter()
                .find(|p| p.name.as_deref() == Some(n))
                .map(|p| p.role)
        };
        assert_eq!(role("Tommie Hale"), Some(storyfold_model::Role::Suspect));
        assert_eq!(role("Nils Corbett"), None);
    }

    #[test]
    fn a_sentence_opening_in_an_earlier_time_is_another_incident() {
        let f = extract(&report_of(
            None,
            &[
                "A 4-year-old girl died Saturday of a gunshot wound suffered on Friday.",
                "Last year, a 4-year-old boy, Kip Dorn, shot himself in the head nearby.",
            ],
        ));
        assert!(
            f.people
                .iter()
                .all(|p| p.name.as_deref() != Some("Kip Dorn"))
        );
        assert_eq!(f.injured.map(|c| c.value), None);
    }

    #[test]
    fn a_sentence_about_years_ago_or_a_shooting_years_back_is_another_incident() {
        let mut report = report_of(
            None,
            &[
                "A 19-year-old man was shot and killed on Elm Street on Saturday night.",
                "Three years ago, Lena Marsh, 17, was shot and wounded on the same block.",
                "Police said the shooting may have been in retaliation for the murder of Cal \
                Dorsey, 21.",
                "It was the first since the 2011 shooting death of Tomas Reyes, 40, nearby.",
            ],
        );
        report.published = Some(jiff::civil::date(2015, 6, 8));
        let f = extract(&report);
        for name in ["Lena Marsh", "Cal Dorsey", "Tomas Reyes"] {
            assert!(
                f.people.iter().all(|p| p.name.as_deref() != Some(name)),
                "{name}"
            );
        }
        assert_eq!(f.injured.map(|c| c.value), None);
        // A follow-up a year on names its own incident by its year.
        let mut report = report_of(
            None,
            &[
                "A Salinas man will stand trial in the 2014 shooting of seven people, a judge \
               ruled Friday.",
            ],
        );
        report.published = Some(jiff::civil::date(2015, 5, 30));
        assert_eq!(extract(&report).injured.map(|c| c.value), Some(7));
    }

    #[test]
    fn two_shot_one_after_another_in_a_sentence_are_two_hurt() {
        let f = extract(&report_of(
            None,
            &["A woman was shot in the leg and a 5-year-old girl was shot in the shoulder."],
        ));
        assert_eq!(f.injured.map(|c| c.value), Some(2));
    }

    #[test]
    fn one_who_dies_of_a_wound_is_one_dead_not_one_hurt() {
        let report = report_of(
            Some("Fenwick area boy, 9, dies from accidental gunshot wound"),
            &["Relatives said the family had kept the rifle in a closet."],
        );
        let facts = extract(&report);
        assert_eq!(facts.killed.map(|c| c.value), Some(1));
        assert_eq!(facts.injured.map(|c| c.value), None);
        // "Deadly shooting" in a headline with no count below it.
        let report = report_of(
            Some("Two arrested after deadly Elm Park shooting"),
            &["Police arrested two men on Tuesday, a spokesman said."],
        );
        assert_eq!(extract(&report).killed.map(|c| c.value), Some(1));
    }

    #[test]
    fn a_headline_bullet_that_grazes_a_teen_is_one_hurt() {
        let report = report_of(
            Some("Bullet grazes teen after skate park dispute"),
            &["Police said a car drove by the skate park and someone fired."],
        );
        let facts = extract(&report);
        assert_eq!(facts.injured.map(|c| c.value), Some(1));
    }
}
