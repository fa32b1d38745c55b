//! Record: merge the facts of an event's reports into one incident record.
//!
//! Policy (the trackers' practice, see docs/FACTS.md):
//! - every value keeps the ids of all reports that state it; syndicated copies count as one
//!   *independent* source (their copy group);
//! - kind, date and place take the value with the most independent support (a date read from
//!   the text outweighs one taken from the publication date; a dateline outweighs a mention);
//! - counts: killed is the count most independent reports give, the larger on a tie (deaths
//!   accumulate as the injured die); injured is chosen the same way, less the victims who
//!   died since that report (when no more than it counted wounded); arrested is the largest count; disagreements are listed under `conflicts`;
//! - people are merged by last name; a person's status is the latest report's (injured →
//!   killed); victim places the counts leave unnamed take named people of no stated role
//!   whose age is given, then unnamed victims, so that participants and counts agree;
//! - an update (a revised version in a copy group) supersedes the older versions of its
//!   group in the counts and the place when it states them (see [`superseded`]);
//! - any field where independent reports disagree is listed under `conflicts` with every
//!   value and its sources.

pub mod count;

use jiff::civil::Date;
use rustc_hash::{FxHashMap, FxHashSet};
use storyfold_model::{
    Conflict, ConflictValue, CountField, DateField, EventKind, Incident, Participant, PlaceField,
    Precision, Quote, ReportFacts, Role, SourcedSentence, Status,
};

/// Chooses a count and the members behind it from the values reports give.
type Picker<'a> = dyn Fn(&Votes<u32>) -> Option<(u32, Vec<usize>)> + 'a;

/// One member report of an event, as the record stage needs it.
#[derive(Debug, Clone, Copy)]
pub struct Member<'a> {
    pub id: &'a str,
    pub published: Option<Date>,
    /// Id of the canonical report of its copy group (itself when it has no copy).
    pub group: &'a str,
    /// A revised version of its group's canonical report (copy relation `update`).
    pub update: bool,
    pub facts: &'a ReportFacts,
}

/// Whether member `i` speaks for an older version of an article that a newer version in the
/// event revises: a member of a copy group (the canonical report, an update of it, or a
/// copy of either) when a later update in the same group states the field too (`states`).
/// The newer version's value wins (issue "Copies": an update's facts supersede those of
/// the version it revises) for the counts and the place; a field the newer version leaves
/// out keeps the older one's.
fn superseded(members: &[Member], i: usize, states: impl Fn(&ReportFacts) -> bool) -> bool {
    let m = &members[i];
    if !states(m.facts) {
        return false;
    }
    // Members are in processing order (publication date, then id; the canonical report
    // comes first in its group): a later update is a later version.
    members[i + 1..]
        .iter()
        .any(|n| n.update && n.group == m.group && states(n.facts))
}

/// Values of one field with the members stating them, in first-seen order.
struct Votes<T> {
    values: Vec<(T, Vec<usize>)>,
}

impl<T: PartialEq + Clone> Votes<T> {
    fn new() -> Self {
        Votes { values: Vec::new() }
    }
    fn add(&mut self, v: T, member: usize) {
        match self.values.iter_mut().find(|(x, _)| *x == v) {
            Some((_, m)) => m.push(member),
            None => self.values.push((v, vec![member])),
        }
    }
}

fn ids(members: &[Member], idx: &[usize]) -> Vec<String> {
    let mut out: Vec<String> = idx.iter().map(|&i| members[i].id.to_string()).collect();
    out.dedup();
    out
}

fn conflict<T: Clone + Into<serde_json::Value>>(
    field: &str,
    votes: &Votes<T>,
    members: &[Member],
) -> Option<Conflict> {
    (votes.values.len() > 1).then(|| Conflict {
        field: field.into(),
        values: votes
            .values
            .iter()
            .map(|(v, m)| ConflictValue {
                value: v.clone().into(),
                sources: ids(members, m),
            })
            .collect(),
    })
}

/// Builds the incident record of one event. `members` in processing order.
pub fn merge(members: &[Member]) -> Incident {
    // A round-up (a report of several incidents) that joined an event of one incident is a
    // member of it but not a source: its counts, people and places are of all its incidents.
    if members.iter().any(|m| m.facts.roundup) && !members.iter().all(|m| m.facts.roundup) {
        let own: Vec<Member> = members
            .iter()
            .filter(|m| !m.facts.roundup)
            .copied()
            .collect();
        return merge(&own);
    }
    let mut conflicts = Vec::new();
    let mut evidence = Vec::new();

    // Kind.
    let mut kinds: FxHashMap<EventKind, usize> = FxHashMap::default();
    for m in members {
        *kinds.entry(m.facts.kind).or_default() += 1;
    }
    let kind = kinds
        .iter()
        .filter(|(k, _)| **k != EventKind::Other || kinds.len() == 1)
        .max_by_key(|(k, n)| (**n, std::cmp::Reverse(**k)))
        .map(|(k, _)| *k)
        .unwrap_or(EventKind::Other);

    // Date.
    let mut dates: Votes<(String, Precision)> = Votes::new();
    let mut text_dates: Votes<String> = Votes::new();
    for (i, m) in members.iter().enumerate() {
        // Every version's date votes: an update (a follow-up by the same outlet that reuses
        // the first story's paragraphs) reads the later days it tells of more often than it
        // corrects the incident's day (on GVA, the two dates it would have changed were both
        // a follow-up's arrest or charge day).
        if let Some(d) = &m.facts.date {
            dates.add((d.value.to_string(), d.precision), i);
            if &*d.evidence.rule != "published" {
                text_dates.add(d.value.to_string(), i);
            }
        }
    }
    let date_weight = |idx: &[usize]| -> f32 {
        let mut groups: FxHashMap<&str, f32> = FxHashMap::default();
        for &i in idx {
            // A day read from the text counts fully; a week or month ("two months ago") or
            // the publication date standing in counts less.
            let w = match &members[i].facts.date {
                Some(d) if &*d.evidence.rule == "published" => 0.3,
                Some(d) if d.precision != Precision::Day => 0.4,
                _ => 1.0,
            };
            let g = groups.entry(members[i].group).or_default();
            *g = g.max(w);
        }
        groups.values().sum()
    };
    // An incident happened before its first report was published: a day after that (a day's
    // leeway for time zones) is a later day a follow-up names ("was arrested Thursday",
    // "spoke Wednesday"), unless every day read is.
    let latest_possible = members
        .iter()
        .filter_map(|m| m.published)
        .min()
        .and_then(|d| d.tomorrow().ok())
        .map(|d| d.to_string());
    let possible = |v: &str| latest_possible.as_deref().is_none_or(|l| v <= l);
    let any_possible = dates.values.iter().any(|((v, _), _)| possible(v));
    let best_date = dates
        .values
        .iter()
        .filter(|((v, _), _)| !any_possible || possible(v))
        .max_by(|a, b| {
            date_weight(&a.1)
                .total_cmp(&date_weight(&b.1))
                .then_with(|| b.0.0.cmp(&a.0.0))
        });
    let date = match best_date {
        Some(((v, p), idx)) => {
            for &i in idx {
                if let Some(d) = &members[i].facts.date
                    && !d.evidence.sentence.is_empty()
                {
                    evidence.push(SourcedSentence {
                        report: members[i].id.into(),
                        field: "date".into(),
                        sentence: d.evidence.sentence.clone(),
                    });
                }
            }
            DateField {
                value: Some(v.clone()),
                precision: Some(*p),
                sources: ids(members, idx),
            }
        }
        None => DateField::default(),
    };
    if let Some(c) = conflict("date", &text_dates, members) {
        conflicts.push(c);
    }

    // Place.
    let mut places: Votes<(Option<String>, Option<String>, Option<String>)> = Votes::new();
    for (i, m) in members.iter().enumerate() {
        if let Some(p) = &m.facts.place
            && !superseded(members, i, |f| f.place.is_some())
        {
            places.add((p.city.clone(), p.county.clone(), p.state.clone()), i);
        }
    }
    let place_weight = |idx: &[usize]| -> f32 {
        let mut groups: FxHashMap<&str, f32> = FxHashMap::default();
        for &i in idx {
            let p = members[i].facts.place.as_ref().unwrap();
            let w = match &*p.evidence.rule {
                // A dateline that writes its state ("SHELBY, N.Y.") is firmer than a bare one
                // ("SHELBY"), whose state was only guessed.
                "dateline" if p.evidence.sentence.contains(", ") => 2.2,
                "dateline" => 2.0,
                "city-state" => 1.5,
                "in-city" => 1.0,
                // The most populous of several namesakes, nothing telling which: anything
                // firmer wins.
                "namesake-guess" => 0.1,
                // The outlet's home stood in for a place the text does not give: any place
                // a text gives wins; one whose county the text names, over one it does not.
                "outlet-home" => 0.25,
                "outlet-home-in-county" => 0.4,
                _ => 0.5,
            };
            let g = groups.entry(members[i].group).or_default();
            *g = g.max(w);
        }
        groups.values().sum()
    };
    // A report that gives only the state (or the county) agrees with one that names a city
    // in it: its weight counts for that city too, so "Cook County, Illinois" in two reports
    // does not outvote "Chicago, Illinois" in a third. Cities still compete with each other
    // as before (the general reports support each of them alike).
    let place_support =
        |v: &(Option<String>, Option<String>, Option<String>), idx: &[usize]| -> f32 {
            let (city, county, state) = v;
            let general: f32 = places
                .values
                .iter()
                .filter(|((c2, k2, s2), _)| {
                    city.is_some()
                        && c2.is_none()
                        && s2.is_some()
                        && s2 == state
                        && (k2.is_none() || k2 == county)
                })
                .map(|(_, i2)| place_weight(i2))
                .sum();
            place_weight(idx) + general
        };
    let best_place = places
        .values
        .iter()
        .max_by(|a, b| place_support(&a.0, &a.1).total_cmp(&place_support(&b.0, &b.1)));
    let place = match best_place {
        Some((_, idx)) => {
            let p = members[idx[0]].facts.place.as_ref().unwrap();
            for &i in idx {
                let s = &members[i].facts.place.as_ref().unwrap().evidence.sentence;
                if !s.is_empty() {
                    evidence.push(SourcedSentence {
                        report: members[i].id.into(),
                        field: "place".into(),
                        sentence: s.clone(),
                    });
                }
            }
            PlaceField {
                city: p.city.clone(),
                county: p.county.clone(),
                state: p.state.clone(),
                country: p.country.clone(),
                lat: p.lat,
                lon: p.lon,
                sources: ids(members, idx),
            }
        }
        None => PlaceField::default(),
    };
    let mut cities: Votes<String> = Votes::new();
    for (i, m) in members.iter().enumerate() {
        if let Some(p) = &m.facts.place
            && !superseded(members, i, |f| f.place.is_some())
        {
            cities.add(
                format!(
                    "{}, {}",
                    p.city.as_deref().unwrap_or("?"),
                    p.state.as_deref().unwrap_or("?")
                ),
                i,
            );
        }
    }
    if let Some(c) = conflict("place", &cities, members) {
        conflicts.push(c);
    }

    // Counts. Killed: the value most independent reports give, the larger on a tie (see
    // `consensus`). Injured: chosen the same way (it was the largest count until the
    // people-named counts stopped inflating single reports; consensus now scores better),
    // less those of them who died since (the final killed count minus that report's own).
    let mut count = |field: &str,
                     get: &dyn Fn(&ReportFacts) -> Option<&storyfold_model::CountFact>,
                     pick: &Picker|
     -> CountField {
        let mut votes: Votes<u32> = Votes::new();
        for (i, m) in members.iter().enumerate() {
            if let Some(c) = get(m.facts)
                && !superseded(members, i, |f| get(f).is_some())
            {
                votes.add(c.value, i);
            }
        }
        let Some((value, mut idx)) = pick(&votes) else {
            return CountField::default();
        };
        // A derived count (injured less those who died since) may be what other reports
        // state outright: they are its sources too.
        if let Some((_, stated)) = votes.values.iter().find(|(v, _)| *v == value) {
            idx.extend(
                stated
                    .iter()
                    .filter(|i| !idx.contains(i))
                    .collect::<Vec<_>>(),
            );
            idx.sort_unstable();
        }
        for &i in &idx {
            if let Some(c) = get(members[i].facts)
                && !c.evidence.sentence.is_empty()
            {
                evidence.push(SourcedSentence {
                    report: members[i].id.into(),
                    field: field.into(),
                    sentence: c.evidence.sentence.clone(),
                });
            }
        }
        if votes.values.len() > 1 {
            conflicts.push(conflict(field, &votes, members).expect("two values"));
        }
        CountField {
            value: Some(value),
            sources: ids(members, &idx),
        }
    };
    let largest = |v: &Votes<u32>| {
        v.values
            .iter()
            .max_by_key(|(n, _)| *n)
            .map(|(n, m)| (*n, m.clone()))
    };
    // Independent reports (copy groups) stating a value.
    let support = |idx: &[usize]| {
        let mut groups: Vec<&str> = idx.iter().map(|&i| members[i].group).collect();
        groups.sort_unstable();
        groups.dedup();
        groups.len()
    };
    // The count most independent reports give; on a tie the larger (deaths accumulate as
    // the wounded die, and later reports know more). A lone report's larger count is more
    // often a sentence about another incident than news the others lack.
    let consensus = |v: &Votes<u32>| {
        v.values
            .iter()
            .max_by_key(|(n, m)| (support(m), *n))
            .map(|(n, m)| (*n, m.clone()))
    };
    let killed = count("killed", &|f| f.killed.as_ref(), &consensus);
    let final_killed = killed.value.unwrap_or(0);
    let injured_pick = |v: &Votes<u32>| -> Option<(u32, Vec<usize>)> {
        let (most, idx) = v.values.iter().max_by_key(|(n, m)| (support(m), *n))?;
        let own_killed = idx
            .iter()
            .filter_map(|&i| members[i].facts.killed.as_ref().map(|k| k.value))
            .max()
            .unwrap_or(0);
        // The wounded who died since that report; more of them than it counted wounded
        // means its count of the dead was a partial view ("one of those patients died in
        // the emergency room" beside "13 dead"), not that every one of them died.
        let died_since = final_killed.saturating_sub(own_killed);
        let died_since = if died_since > *most { 0 } else { died_since };
        Some((most - died_since, idx.clone()))
    };
    let injured = count("injured", &|f| f.injured.as_ref(), &injured_pick);
    let arrested = count("arrested", &|f| f.arrested.as_ref(), &largest);
    // An incident whose reports name no deaths (or no injuries) records 0, sourced to every
    // report read: "none reported" is what the sources say. Events of kind `other` keep null
    // unless their reports count casualties of the other sort ("five dead in a murder-suicide"
    // names no wounded: none reported).
    let (killed, injured) =
        if kind == EventKind::Other && killed.value.is_none() && injured.value.is_none() {
            (killed, injured)
        } else {
            let none_reported = || CountField {
                value: Some(0),
                sources: members.iter().map(|m| m.id.to_string()).collect(),
            };
            (
                if killed.value.is_none() {
                    none_reported()
                } else {
                    killed
                },
                if injured.value.is_none() {
                    none_reported()
                } else {
                    injured
                },
            )
        };

    let participants = merge_people(members, &killed, &injured, &mut evidence, &mut conflicts);

    // Quotes: one per distinct text (first 40 letters), with every report that carries it.
    let mut quotes: Vec<Quote> = Vec::new();
    let mut quote_keys: Vec<String> = Vec::new();
    for m in members {
        for q in &m.facts.quotes {
            let key: String = q
                .text
                .chars()
                .filter(|c| c.is_alphanumeric())
                .take(40)
                .flat_map(char::to_lowercase)
                .collect();
            match quote_keys.iter().position(|k| *k == key) {
                Some(i) => {
                    if !quotes[i].sources.iter().any(|s| s == m.id) {
                        quotes[i].sources.push(m.id.into());
                    }
                    if quotes[i].speaker.is_none() {
                        quotes[i].speaker.clone_from(&q.speaker);
                    }
                }
                None => {
                    quote_keys.push(key);
                    quotes.push(Quote {
                        speaker: q.speaker.clone(),
                        text: q.text.clone(),
                        sources: vec![m.id.into()],
                    });
                }
            }
        }
    }
    Incident {
        kind,
        date,
        place,
        killed,
        injured,
        arrested,
        participants,
        quotes,
        conflicts,
        evidence,
        roundup: !members.is_empty() && members.iter().all(|m| m.facts.roundup),
    }
}

/// The title of the people a count sentence counts, when it names their trade right before the
/// verb ("two other officers wounded", "three deputies were injured"). A plain phrase list: the
/// few wordings are fixed, and a regex crate for them would be the only one in this crate.
fn counted_title(sentence: &str, status: Status) -> Option<&'static str> {
    let s = sentence.to_lowercase();
    let verbs: &[&str] = match status {
        Status::Killed => &["killed", "dead"],
        Status::Injured => &["wounded", "injured", "hurt"],
        _ => return None,
    };
    [
        ("officers", "police officer"),
        ("deputies", "sheriff's deputy"),
        ("troopers", "state trooper"),
    ]
    .into_iter()
    .find(|(noun, _)| {
        verbs.iter().any(|v| {
            [" ", " were ", " are ", " have been ", " had been "]
                .iter()
                .any(|mid| s.contains(&format!("{noun}{mid}{v}")))
        })
    })
    .map(|(_, title)| title)
}

fn merge_people(
    members: &[Member],
    killed: &CountField,
    injured: &CountField,
    evidence: &mut Vec<SourcedSentence>,
    conflicts: &mut Vec<Conflict>,
) -> Vec<Participant> {
    struct P {
        out: Participant,
        status_day: Option<Date>,
        roles: FxHashMap<Role, usize>,
        /// Each spelling of the person's first and last name ("erica robinson", "erika
        /// robinson"), with the fullest form of it and the reports that use it.
        spellings: Vec<(String, String, Vec<String>)>,
    }
    let mut merged: Vec<P> = Vec::new();
    let mut by_last: FxHashMap<String, usize> = FxHashMap::default();
    let mut by_key: FxHashMap<String, usize> = FxHashMap::default();
    let mut unnamed_suspect: Option<P> = None;
    for m in members {
        for p in &m.facts.people {
            let Some(name) = &p.name else {
                if p.role == Role::Suspect && unnamed_suspect.is_none() {
                    let mut out = Participant {
                        name: None,
                        role: p.role,
                        title: p.title.clone(),
                        age: p.age,
                        age_range: p.age_range,
                        gender: p.gender,
                        status: p.status,
                        sources: vec![m.id.into()],
                        evidence: vec![],
                    };
                    out.evidence = p
                        .evidence
                        .iter()
                        .map(|e| SourcedSentence {
                            report: m.id.into(),
                            field: "participant".into(),
                            sentence: e.sentence.clone(),
                        })
                        .collect();
                    unnamed_suspect = Some(P {
                        out,
                        status_day: m.published,
                        roles: FxHashMap::default(),
                        spellings: Vec::new(),
                    });
                } else if let Some(u) = unnamed_suspect.as_mut().filter(|_| p.role == Role::Suspect)
                {
                    if !u.out.sources.iter().any(|s| s == m.id) {
                        u.out.sources.push(m.id.into());
                    }
                    u.out.gender = u.out.gender.or(p.gender);
                    u.out.status = u.out.status.or(p.status);
                }
                continue;
            };
            // People are keyed by first and last name ("Stacy L. Griffin" is "Stacy Griffin");
            // two people sharing a surname (a mother and her son) stay two. A surname alone
            // joins the first person with that surname.
            let words = storyfold_model::name_words(name);
            let last = words.last().cloned().unwrap_or_default();
            let key = match words.first() {
                Some(first) if words.len() > 1 => format!("{first} {last}"),
                _ => last.clone(),
            };
            // A short form of the first name ("Josh" for "Joshua", an initial) is the same person,
            // and so is one letter's difference in one of the two names ("Erica"/"Erika
            // Robinson", "Bryan Sweatt"/"Swett"): reports misspell names more often than an
            // event holds two people whose names differ by one letter.
            let compatible = |k: &String| {
                let (Some((f1, l1)), Some(first)) = (k.split_once(' '), words.first()) else {
                    return false;
                };
                (l1 == last
                    && ((f1.starts_with(first.as_str()) || first.starts_with(f1))
                        || storyfold_model::one_letter_apart(f1, first)))
                    || (f1 == first && storyfold_model::one_letter_apart(l1, &last))
            };
            let existing = by_key
                .get(&key)
                .or_else(|| {
                    if words.len() <= 1 {
                        by_last.get(&last)
                    } else {
                        None
                    }
                })
                .copied()
                .or_else(|| {
                    by_key
                        .iter()
                        .filter(|(k, _)| compatible(k))
                        .map(|(_, i)| *i)
                        .min()
                });
            let idx = match existing {
                Some(i) => i,
                None => {
                    merged.push(P {
                        out: Participant {
                            name: Some(name.clone()),
                            role: p.role,
                            title: None,
                            age: None,
                            age_range: None,
                            gender: None,
                            status: None,
                            sources: vec![],
                            evidence: vec![],
                        },
                        status_day: None,
                        roles: FxHashMap::default(),
                        spellings: Vec::new(),
                    });
                    let i = merged.len() - 1;
                    by_key.insert(key.clone(), i);
                    by_last.entry(last).or_insert(i);
                    i
                }
            };
            let e = &mut merged[idx];
            if name.split_whitespace().count()
                > e.out
                    .name
                    .as_deref()
                    .unwrap_or("")
                    .split_whitespace()
                    .count()
            {
                e.out.name = Some(name.clone());
            }
            match e.spellings.iter_mut().find(|(k, _, _)| *k == key) {
                Some((_, full, sources)) => {
                    if name.split_whitespace().count() > full.split_whitespace().count() {
                        full.clone_from(name);
                    }
                    if !sources.iter().any(|s| s == m.id) {
                        sources.push(m.id.into());
                    }
                }
                None => e
                    .spellings
                    .push((key.clone(), name.clone(), vec![m.id.into()])),
            }
            *e.roles.entry(p.role).or_default() += 1;
            e.out.title = e.out.title.take().or(p.title.clone());
            e.out.age = e.out.age.or(p.age);
            e.out.age_range = e.out.age_range.or(p.age_range);
            e.out.gender = e.out.gender.or(p.gender);
            if let Some(s) = p.status {
                // Later news wins (injured → died); on the same day the graver status. Death
                // is final: a later report that only says "was shot" does not undo it.
                let newer = m.published > e.status_day || e.out.status.is_none();
                let graver = m.published == e.status_day && s == Status::Killed;
                let dead = e.out.status == Some(Status::Killed);
                if (newer || graver) && !dead {
                    e.out.status = Some(s);
                    e.status_day = m.published;
                }
            }
            if !e.out.sources.iter().any(|s| s == m.id) {
                e.out.sources.push(m.id.into());
            }
            for ev in &p.evidence {
                if e.out.evidence.len() < 6 {
                    e.out.evidence.push(SourcedSentence {
                        report: m.id.into(),
                        field: "participant".into(),
                        sentence: ev.sentence.clone(),
                    });
                }
            }
        }
    }
    let mut out: Vec<Participant> = Vec::new();
    // People no sentence gives a role but whose age the report states ("Ann Roe, 24, and
    // Bo Poe, 31, were taken to a hospital"): news gives ages to the people the story is
    // about. They may fill the victim places the counts leave unnamed, below.
    let mut aged: Vec<Participant> = Vec::new();
    for mut p in merged {
        // The role most reports give; a victim or suspect role beats official/witness mentions.
        // As many reports saying victim as suspect: an arrest settles it for suspect, else
        // victim (a family's dead share the surname that carries the arrest words).
        let arrested = p.out.status == Some(Status::Arrested);
        let role = p
            .roles
            .iter()
            .max_by_key(|(r, n)| {
                (
                    matches!(r, Role::Victim | Role::Suspect),
                    **n,
                    (**r == Role::Suspect) == arrested,
                    std::cmp::Reverse(**r),
                )
            })
            .map(|(r, _)| *r)
            .unwrap_or(Role::Other);
        p.out.role = role;
        if role == Role::Other && p.out.age.is_some() && p.out.title.is_none() {
            aged.push(p.out);
            continue;
        }
        if !matches!(role, Role::Victim | Role::Suspect) {
            continue;
        }
        // Spellings that differ (not only in length, "Josh"/"Joshua"): the name most reports
        // use, and every spelling with its sources under `conflicts`.
        let distinct: FxHashSet<&str> = p
            .spellings
            .iter()
            .filter(|(k, _, _)| {
                !p.spellings
                    .iter()
                    .any(|(o, _, _)| o != k && is_short_form(k, o))
            })
            .map(|(k, _, _)| k.as_str())
            .collect();
        if distinct.len() > 1 {
            if let Some((_, full, _)) = p
                .spellings
                .iter()
                .enumerate()
                .max_by_key(|(i, (_, _, sources))| (sources.len(), std::cmp::Reverse(*i)))
                .map(|(_, s)| s)
            {
                p.out.name = Some(full.clone());
            }
            conflicts.push(Conflict {
                field: "participant_name".into(),
                values: p
                    .spellings
                    .iter()
                    .map(|(_, full, sources)| ConflictValue {
                        value: full.clone().into(),
                        sources: sources.clone(),
                    })
                    .collect(),
            });
        }
        if role != Role::Suspect && p.out.status == Some(Status::Arrested) {
            p.out.status = None;
        }
        evidence.extend(p.out.evidence.iter().cloned());
        out.push(p.out);
    }
    if !out.iter().any(|p| p.role == Role::Suspect)
        && let Some(u) = unnamed_suspect
    {
        out.push(u.out);
    }
    // More people named as wounded than the injured count, and fewer named as dead than the
    // killed count: the wounded named first are the dead ("Ann Lee, 4, was found with a
    // gunshot wound … The child later died").
    let status_count = |out: &[Participant], status| {
        out.iter()
            .filter(|p| p.role == Role::Victim && p.status == Some(status))
            .count() as u32
    };
    let died = killed
        .value
        .unwrap_or(0)
        .saturating_sub(status_count(&out, Status::Killed))
        .min(status_count(&out, Status::Injured).saturating_sub(injured.value.unwrap_or(0)));
    for p in out
        .iter_mut()
        .filter(|p| p.role == Role::Victim && p.status == Some(Status::Injured))
        .take(died as usize)
    {
        p.status = Some(Status::Killed);
    }
    // Named victims whose status no sentence gives take the statuses the counts leave over:
    // deaths first, then injuries ("Two were killed; the victims were A and B").
    for (status, count) in [(Status::Killed, killed), (Status::Injured, injured)] {
        let mut left = count
            .value
            .unwrap_or(0)
            .saturating_sub(out.iter().filter(|p| p.status == Some(status)).count() as u32);
        for p in out
            .iter_mut()
            .filter(|p| p.role == Role::Victim && p.name.is_some() && p.status.is_none())
        {
            if left == 0 {
                break;
            }
            p.status = Some(status);
            left -= 1;
        }
        let n = (left as usize).min(aged.len());
        for mut p in aged.drain(..n) {
            p.role = Role::Victim;
            p.status = Some(status);
            evidence.extend(p.evidence.iter().cloned());
            out.push(p);
        }
    }
    // Unnamed victims so that participants and counts agree, with the title the count's own
    // sentence gives them ("two other officers wounded").
    for (status, count) in [(Status::Killed, killed), (Status::Injured, injured)] {
        let named = out.iter().filter(|p| p.status == Some(status)).count() as u32;
        let want = count.value.unwrap_or(0);
        let title = members
            .iter()
            .filter(|m| count.sources.iter().any(|s| s == m.id))
            .filter_map(|m| match status {
                Status::Killed => m.facts.killed.as_ref(),
                _ => m.facts.injured.as_ref(),
            })
            .find_map(|c| counted_title(&c.evidence.sentence, status));
        for _ in named..want.min(named + 20) {
            out.push(Participant {
                name: None,
                role: Role::Victim,
                title: title.map(str::to_string),
                age: None,
                age_range: None,
                gender: None,
                status: Some(status),
                sources: count.sources.clone(),
                evidence: vec![],
            });
        }
    }
    out
}

/// Is `short` ("josh smith", "j smith") a short form of `long` ("joshua smith")? Same last
/// name, and a first name that begins the other.
fn is_short_form(short: &str, long: &str) -> bool {
    match (short.split_once(' '), long.split_once(' ')) {
        (Some((f1, l1)), Some((f2, l2))) => l1 == l2 && f1.len() < f2.len() && f2.starts_with(f1),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Members without a publication date, each its own copy group.
    fn undated<'a>(list: &[(&'a str, &'a ReportFacts)]) -> Vec<Member<'a>> {
        list.iter()
            .map(|&(id, facts)| Member {
                id,
                published: None,
                group: id,
                update: false,
                facts,
            })
            .collect()
    }

    fn facts_at(city: Option<&str>, county: Option<&str>, rule: &str) -> ReportFacts {
        ReportFacts {
            report: String::new(),
            kind: EventKind::Shooting,
            date: None,
            place: Some(storyfold_model::PlaceFact {
                city: city.map(str::to_string),
                county: county.map(str::to_string),
                state: Some("Illinois".into()),
                country: Some("US".into()),
                lat: None,
                lon: None,
                evidence: storyfold_model::Evidence {
                    sentence: "".into(),
                    rule: rule.into(),
                },
            }),
            killed: None,
            injured: None,
            arrested: None,
            people: vec![],
            quotes: vec![],
            streets: vec![],
            roundup: false,
            ages: vec![],
            suspect_ages: vec![],
            victim_ages: vec![],
            surnames: vec![],
            vessels: vec![],
        }
    }

    #[test]
    fn a_dateline_that_writes_its_state_beats_a_bare_one() {
        let mut written = facts_at(Some("Shelby"), None, "dateline");
        if let Some(p) = written.place.as_mut() {
            p.state = Some("New York".into());
            p.evidence.sentence = "SHELBY, N.Y.".into();
        }
        let mut bare = facts_at(Some("Shelby"), None, "dateline");
        if let Some(p) = bare.place.as_mut() {
            p.state = Some("Michigan".into());
            p.evidence.sentence = "SHELBY".into();
        }
        let members = undated(&[("a", &written), ("b", &bare)]);
        assert_eq!(merge(&members).place.state.as_deref(), Some("New York"));
    }

    #[test]
    fn reports_giving_only_the_county_support_the_city_in_it() {
        let a = facts_at(None, Some("Cook County"), "county");
        let b = facts_at(None, Some("Cook County"), "county");
        let d = facts_at(None, Some("Cook County"), "county");
        let c = facts_at(Some("Chicago"), Some("Cook County"), "in-city");
        let members = undated(&[("a", &a), ("b", &b), ("d", &d), ("c", &c)]);
        let inc = merge(&members);
        assert_eq!(inc.place.city.as_deref(), Some("Chicago"));
        assert_eq!(inc.place.sources, vec!["c".to_string()]);
    }

    #[test]
    fn an_outlets_home_gives_way_to_any_place_a_text_gives() {
        // A station's page with no place of its own, after a report whose county puts the
        // outlet's home town in it; either order.
        let mut home = facts_at(Some("Memphis"), None, "outlet-home");
        home.place.as_mut().unwrap().state = Some("Tennessee".into());
        let county = facts_at(Some("Joliet"), Some("Will County"), "outlet-home-in-county");
        for members in [
            undated(&[("a", &county), ("b", &home)]),
            undated(&[("b", &home), ("a", &county)]),
        ] {
            assert_eq!(merge(&members).place.city.as_deref(), Some("Joliet"));
        }
        let resident = facts_at(Some("Joliet"), None, "resident");
        let inc = merge(&undated(&[("a", &resident), ("b", &home)]));
        assert_eq!(inc.place.city.as_deref(), Some("Joliet"));
    }

    #[test]
    fn a_guessed_namesake_gives_way_to_a_town_the_text_places() {
        // Two reports guess the most populous Monroe; one reads its own state's.
        let mut a = facts_at(Some("Monroe"), None, "namesake-guess");
        a.place.as_mut().unwrap().state = Some("Louisiana".into());
        let b = a.clone();
        let c = facts_at(Some("Monroe"), None, "in-unlisted-town");
        let inc = merge(&undated(&[("a", &a), ("b", &b), ("c", &c)]));
        assert_eq!(inc.place.state.as_deref(), Some("Illinois"));
    }

    #[test]
    fn counted_deaths_of_any_kind_mean_no_wounded_reported() {
        let count = |value| storyfold_model::CountFact {
            value,
            evidence: storyfold_model::Evidence {
                sentence: "".into(),
                rule: "subject-count".into(),
            },
        };
        let mut deaths = facts_at(None, Some("Cook County"), "county");
        deaths.kind = EventKind::Other;
        deaths.killed = Some(count(3));
        let inc = merge(&undated(&[("a", &deaths)]));
        assert_eq!((inc.killed.value, inc.injured.value), (Some(3), Some(0)));
        // With no casualty counted, a report of another kind says nothing of either.
        let mut other = facts_at(None, Some("Cook County"), "county");
        other.kind = EventKind::Other;
        let inc = merge(&undated(&[("a", &other)]));
        assert_eq!((inc.killed.value, inc.injured.value), (None, None));
    }

    #[test]
    fn an_updates_facts_supersede_the_version_it_revises() {
        let count = |value| storyfold_model::CountFact {
            value,
            evidence: storyfold_model::Evidence {
                sentence: "".into(),
                rule: "subject-count".into(),
            },
        };
        // A first version (one dead, three hurt, one arrest, in Larkfield), a copy of it on
        // another site, and the outlet's revision (one dead, two hurt, in Elmbrook; no
        // arrest count given).
        let mut first = facts_at(Some("Larkfield"), None, "in-city");
        first.killed = Some(count(1));
        first.injured = Some(count(3));
        first.arrested = Some(count(1));
        let mut revised = facts_at(Some("Elmbrook"), None, "in-city");
        revised.killed = Some(count(1));
        revised.injured = Some(count(2));
        let member = |id, facts, update| Member {
            id,
            published: None,
            group: "a",
            update,
            facts,
        };
        let members = [
            member("a", &first, false),
            member("c", &first, false),
            member("b", &revised, true),
        ];
        let inc = merge(&members);
        assert_eq!(inc.injured.value, Some(2));
        assert_eq!(inc.injured.sources, vec!["b".to_string()]);
        assert_eq!(inc.place.city.as_deref(), Some("Elmbrook"));
        // The revision says nothing of arrests: the first version's count stands.
        assert_eq!(inc.arrested.value, Some(1));
        // Without the update relation the two versions are copies that disagree: the larger
        // count of the tie.
        let members = [
            member("a", &first, false),
            member("c", &first, false),
            member("b", &revised, false),
        ];
        assert_eq!(merge(&members).injured.value, Some(3));
    }

    #[test]
    fn the_wounded_who_died_since_are_no_more_than_the_wounded() {
        let count = |value| storyfold_model::CountFact {
            value,
            evidence: storyfold_model::Evidence {
                sentence: "".into(),
                rule: "subject-count".into(),
            },
        };
        let with = |killed, injured| {
            let mut f = facts_at(Some("Larkfield"), None, "in-city");
            f.killed = Some(count(killed));
            f.injured = Some(count(injured));
            f
        };
        // An early report (1 dead, 3 wounded) and a later one (2 dead): one wounded died.
        let (early, later) = (with(1, 3), with(2, 2));
        let inc = merge(&undated(&[("a", &early), ("b", &later)]));
        assert_eq!((inc.killed.value, inc.injured.value), (Some(2), Some(2)));
        // A hospital's partial view (1 dead of its 9 wounded) beside "13 dead, 7 wounded":
        // twelve deaths since cannot come out of nine wounded.
        let (hospital, sheriff) = (with(1, 9), with(13, 7));
        let inc = merge(&undated(&[("a", &hospital), ("b", &sheriff)]));
        assert_eq!((inc.killed.value, inc.injured.value), (Some(13), Some(9)));
    }

    #[test]
    fn no_incident_day_after_the_first_report_was_published() {
        let dated = |day: &str, rule: &str| {
            let mut f = facts_at(Some("Larkfield"), None, "in-city");
            f.date = Some(storyfold_model::DateFact {
                value: day.parse().unwrap(),
                precision: Precision::Day,
                evidence: storyfold_model::Evidence {
                    sentence: "".into(),
                    rule: rule.into(),
                },
            });
            f
        };
        // The first report gives only its publication day; a follow-up four days later
        // reads its own "Wednesday" (an arrest), which cannot be the incident's day.
        let first = dated("2025-03-25", "published");
        let later = dated("2025-03-29", "weekday");
        let member = |id, published: &str, facts| Member {
            id,
            published: Some(published.parse().unwrap()),
            group: id,
            update: false,
            facts,
        };
        let inc = merge(&[
            member("a", "2025-03-25", &first),
            member("b", "2025-03-29", &later),
        ]);
        assert_eq!(inc.date.value.as_deref(), Some("2025-03-25"));
        // When every day read is later, the best of them still stands.
        let inc = merge(&[member("b", "2025-03-24", &later)]);
        assert_eq!(inc.date.value.as_deref(), Some("2025-03-29"));
    }

    #[test]
    fn reports_split_on_a_role_give_way_to_an_arrest() {
        let person = |role, status| storyfold_model::Person {
            name: Some("Tolan Marsh".into()),
            role,
            title: None,
            age: None,
            age_range: None,
            gender: None,
            status,
            evidence: vec![],
        };
        let role_of = |a: storyfold_model::Person, b: storyfold_model::Person| {
            let mut x = facts_at(Some("Chicago"), None, "dateline");
            x.people = vec![a];
            let mut y = facts_at(Some("Chicago"), None, "dateline");
            y.people = vec![b];
            let inc = merge(&undated(&[("a", &x), ("b", &y)]));
            inc.participants
                .iter()
                .find(|p| p.name.as_deref() == Some("Tolan Marsh"))
                .map(|p| (p.role, p.status))
        };
        // One report has him arrested: the suspect.
        assert_eq!(
            role_of(
                person(Role::Victim, None),
                person(Role::Suspect, Some(Status::Arrested))
            ),
            Some((Role::Suspect, Some(Status::Arrested)))
        );
        // One has him dead and no one arrested: the victim.
        assert_eq!(
            role_of(
                person(Role::Victim, Some(Status::Killed)),
                person(Role::Suspect, None)
            )
            .map(|(r, _)| r),
            Some(Role::Victim)
        );
    }

    #[test]
    fn short_forms_are_not_spelling_conflicts() {
        assert!(is_short_form("josh smith", "joshua smith"));
        assert!(!is_short_form("josh smith", "josh smyth"));
        assert!(!is_short_form("joshua smith", "josh smith"));
    }
}
