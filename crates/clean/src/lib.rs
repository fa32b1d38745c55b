//! Clean: separate the article body from boilerplate, keeping what the boilerplate says.
//!
//! Invariants:
//! - pure: a [`RawReport`] in, a [`CleanReport`] out, nothing else read or written;
//! - nothing is silently dropped: every line taken out of the body is kept in
//!   [`CleanReport::removed`] with its [`Boilerplate`] kind;
//! - metadata given by the input (title, source, date) wins over what the text suggests.

use std::sync::LazyLock;

use regex::{Regex, RegexSet};
use storyfold_model::{
    Boilerplate, CleanReport, Dateline, RawReport, Removed, month_number, parse_date,
};

/// A label standing alone over a list of links to other stories.
static LINK_LIST_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:also on [\w.-]+|related(?: stories| articles| links| headlines| coverage| content)?|more (?:stories|headlines|news)|other stories|top stories|trending(?: stories| now)?|most popular(?: stories)?|most read|you might also like|recommended(?: for you)?|in other news)\s*:?$").unwrap()
});

/// A line that reads as a link to a story: a headline of at most 14 words, opening with a
/// capital or a figure, with no sentence's end.
fn is_link_headline(line: &str) -> bool {
    line.split_whitespace().nth(14).is_none()
        && line.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && !line.ends_with(['.', '!', '?', '"', '”', ';', ',', ':'])
}

/// ` date 2024-03-01 CNN —`: a scraper's date line, with the outlet after the date.
static DATE_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^date\s+(\d{4}-\d{2}-\d{2})\b\s*(.*?)\s*[—–-]*\s*$").unwrap());

/// A page's time stamp on a line of its own: `January 1, 2013 7:18 PM`, `Posted: Mar 3, 2015`,
/// `Published May 2, 2019 14:05 GMT in The Riverton Ledger`, `May 2, 2019. Reading time 3 min`.
static STAMP_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(posted|published|updated|last updated)?:?\s*(on\s+)?((mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}([ ,]+(at\s+)?\d{1,2}:\d{2}\s*([ap]\.?m\.?)?(\s+[a-z]{2,4})?)?(\s+in\s+[^.]{2,60}?)?(\.?\s*(reading|read) time:?\s*\d{1,2}\s*min(ute)?s?)?\.?\s*$",
    )
    .unwrap()
});

static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:by)\s+([A-Z][\p{L}.'’-]+(?:\s+(?:[A-Z][\p{L}.'’-]+|and|de|van|von))*)(?:\s*[,|/]\s*(.{2,60}))?$")
        .unwrap()
});

/// A credit line in a page's header: `Story from Reuters, compiled by Ann Lee`, `Written by
/// Ann Lee`, `Reporting by Ann Lee and Bo Park`.
static CREDIT_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:story|report|article|text|reporting|written|compiled|edited|produced)\b[^.!?]{0,40}\b(?i:by)\s+[A-Z][\p{L}.'’-]+(?:\s+(?:[A-Z][\p{L}.'’-]+|and))*$")
        .unwrap()
});

/// The separators of a page's navigation trail or of header fields on one line.
const HEADER_SEPARATORS: [&str; 4] = [" | ", " > ", " › ", " » "];

/// [`DATE_LINE`]'s captures, tried only on a line that starts with its word (a regex search
/// per header line costs more than the test).
fn date_line(line: &str) -> Option<regex::Captures<'_>> {
    starts_with_word(line, "date")
        .then(|| DATE_LINE.captures(line))
        .flatten()
}

/// Does `line` start with `word` (ASCII case ignored)?
fn starts_with_word(line: &str, word: &str) -> bool {
    line.as_bytes()
        .get(..word.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(word.as_bytes()))
}

/// A wire dateline at the start of the first paragraph: `INDEPENDENCE, Mo. (AP) — `,
/// `(CNN) — `, `HAWTHORNE (CBSLA.com) — `, `SPRINGFIELD, Ill. — `, `NEW YORK, March 6 - `.
static WIRE_DATELINES: LazyLock<[Regex; 5]> = LazyLock::new(|| {
    // A place in capitals may keep a name prefix in lower case: "La PINE", "LaGRANGE",
    // "McALLEN", "DeKALB".
    let caps = r"(?:Mc|Mac|La|Le|De|Di|Du|Da)?[A-Z]";
    // What an agency's name is made of ("AP", "CBSLA.com", "WWJ/AP", "KTLA 5"), ASCII so
    // that the matcher stays small (the text of every report's first lines goes through it).
    let agency = r"[A-Za-z0-9./&'’ ,:+-]";
    // The wire's day after the place: "NEW YORK, March 6 - ", "OSLO, Norway, Oct 19 - ".
    let day = r"(?i-u:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-zA-Z]*\.? +[0-9]{1,2}";
    // A state ("Ill.", "New Mexico") or a county ("SNOWVILLE, Box Elder County —").
    let region = r"[A-Z][A-Za-z.]{1,12}(?:\s[A-Z][a-z.]{1,12})?(?:\s(?:County|Parish))?";
    // Five shapes tried in order, each with its groups as place, region, agency: one regex
    // each, so that reading the groups of a match searches a small automaton.
    [
        format!(
            r"^(?:({caps}[A-Z.'’ -]{{1,40}}?)(?:,\s*({region}))?\s+)?\(({agency}{{2,30}})\)\s*[—–-]{{1,2}}\s*"
        ),
        format!(
            r"^((?:La |Le |De |El |Del )?{caps}[A-Z.'’ -]{{2,40}}?),\s*(?:{day}|({region})(?:,\s*{day})?)\s*[—–-]{{1,2}}\s+"
        ),
        format!(
            r"^([A-Z][a-z]+(?:\s[A-Z][a-z]+){{0,2}}),\s*({region})\s+\(({agency}{{2,30}})\)\s*[—–-]{{1,2}}\s*"
        ),
        format!(
            r"^((?:La |Le |De |El |Del )?{caps}[A-Z.'’]{{2,}}(?:\s[A-Z][A-Z.'’]+){{0,3}})(?:\s*[—–]{{1,2}}\s*|\s+-{{1,2}}\s+)"
        ),
        // "Kalamazoo — Police say …": a place in title case, then a long dash.
        r"^([A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})\s+[—–]{1,2}\s+".to_string(),
    ]
    .map(|p| Regex::new(&p).unwrap())
});

/// A wire dateline at the start of `line` ([`WIRE_DATELINES`]): its whole text and its place,
/// region and agency as written.
fn wire_dateline(line: &str) -> Option<(regex::Match<'_>, [Option<&str>; 3])> {
    WIRE_DATELINES.iter().find_map(|re| {
        let c = re.captures(line)?;
        let group = |i| c.get(i).map(|m| m.as_str().trim());
        Some((c.get(0)?, [group(1), group(2), group(3)]))
    })
}

/// Lines that are boilerplate wherever they appear, with their kind (same order as the set).
static ANYWHERE: LazyLock<(RegexSet, Vec<Boilerplate>)> = LazyLock::new(|| {
    let rules: &[(&str, Boilerplate)] = &[
        (
            r"(?i)(©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved|™|may not be (re)?published, broadcast|without (prior )?(written )?permission\.?$)",
            Boilerplate::Copyright,
        ),
        (
            r"^The-[A-Za-z]+-Wire$|^#{3}$|^-{3,}$|^\(?(AP|Reuters|CNN)\)?$",
            Boilerplate::WireTag,
        ),
        (
            r"(?i)(contributed (to )?(this|the) (report|story)|contributed reporting|contributing:)",
            Boilerplate::Contributor,
        ),
        // A wire story's closing credits: "(Reporting by Ann Lee; Editing by Bo Park)".
        (
            r"(?i)^\((additional )?(reporting|writing|editing|compiled|produced)( and [a-z]+)? by [^()]+\)$",
            Boilerplate::Contributor,
        ),
        (
            r"(?i)^(this is a (developing|breaking)( news)? story|this story (is developing|will be updated|has been updated)|check back (later )?for (more )?updates|stay with [^.]+ for updates)",
            Boilerplate::Developing,
        ),
        (
            r"(?i)(sign up( for| free| now| today| here)?\b|subscribe (to|now|today)|newsletter|download (our|the) [^.]*app|follow us on|like us on facebook|click here to|in your inbox|delivered to your inbox)",
            Boilerplate::Newsletter,
        ),
        // An outlet's own lines: news tips, its desk, what it is.
        (
            r"(?i)(^(have|got) a (news )?tip\?$|^news tips?:|^contact [^.?!]*\b(desk|newsroom)\b|call (the|our) newsroom|serving the [^.]+ (region|area|community|communities) since \d{4}|^subscribe at\b|\bfor unlimited access\b)",
            Boilerplate::Furniture,
        ),
        (
            r"(?i)^(related( stories| story| coverage| articles| article| content| links?| video)?|read more|more|see also|also read|watch|recommended|more coverage|trending)\s*[:|»>-]|^related (?:stories|story|coverage|articles?|links|content|videos?)\s+\S",
            Boilerplate::Related,
        ),
        // "+ Two killed in county crash": a bulleted link to another story.
        (r"^\+\s+[A-Z0-9]", Boilerplate::Related),
        (
            r"(?i)^(advertisement|share this( story)?:?|share|tweet|email|print|comments?|loading\.{0,3}|skip to (main )?content|\d+ comments?|view comments|copy link|close)$",
            Boilerplate::Furniture,
        ),
        // A local station's weather alert box: "Tornado Watch issued May 8 at 7:41PM CDT
        // expiring May 9 at 3:00AM CDT in effect for: …".
        (
            r"^(?:[A-Z][a-z]+ ){1,3}(?:Watch|Warning|Advisory|Statement|Outlook) issued [A-Z][a-z]+ \d{1,2} at \d",
            Boilerplate::Furniture,
        ),
        (
            r"(?i)(we use cookies|cookie (policy|settings|preferences)|accept (all )?cookies|by continuing to (use|browse)|privacy policy|terms of (use|service))",
            Boilerplate::Furniture,
        ),
        (
            r"(?i)(getty images|\bap photo\b|photo by |photo courtesy|\(photo:|file photo|^photo:|^image:|^caption:|/shutterstock|/reuters$|/ap$|\bphoto credit\b|\((?:courtesy|credit)\s*:[^)]*\)\s*$)",
            Boilerplate::Caption,
        ),
    ];
    let set = RegexSet::new(rules.iter().map(|(p, _)| *p)).unwrap();
    (set, rules.iter().map(|(_, k)| *k).collect())
});

/// The page's own machinery: video players, sign-in and notification boxes, share and follow
/// lines ("Please enable Javascript to watch this video", "We have sent you a verification
/// email", "Stay Up To Date, Follow KDKA On Twitter"). Tried only on a line with one of the
/// [`MACHINERY_TRIGGERS`], so it costs the other lines nothing.
static MACHINERY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(enable javascript|verification (email|message)|confirmation email|activate your (profile|account)|your notification has been saved|problem saving your notification|email notifications are only sent|get email notifications on|^thank you for registering|^already have an account|^welcome back\.? please sign in|^sign in (using|with)|^why are we asking this|^you must enter the characters|^just one more thing|sign in to update your profile|ad ?block(ing|er)? extensions?|^scroll down for video|^(hide|show) transcript|^\d+ pending comments?|^you are the owner of this article|^report an error|^having trouble viewing the video|^watch this story$|^follow [^.]{1,40}: facebook|^follow [^.]{1,40} on (twitter|facebook)$|^join the conversation on|^stay up to date,? follow|install or update on your|^get the latest from [^.]{1,60} anytime)").unwrap()
});

/// Lines of one or a few words that are the page's buttons and links ("Twitter", "Enlarge",
/// "Like this: Like Loading...").
const BUTTONS: &[&str] = &[
    "twitter",
    "pinterest",
    "google",
    "google+",
    "facebook",
    "linkedin",
    "reddit",
    "whatsapp",
    "photo",
    "photos",
    "enlarge",
    "text size",
    "more",
    "share this: facebook",
    "like this: like loading...",
    "copy link copy",
];

/// Substrings one of the unanchored rules of [`ANYWHERE`] needs (ASCII case-insensitive);
/// the anchored rules only match short lines.
static TRIGGERS: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(RULE_TRIGGERS.iter().chain(MACHINERY_TRIGGERS))
        .expect("trigger automaton")
});

/// Substrings the rules of [`ANYWHERE`] need.
const RULE_TRIGGERS: &[&str] = &[
    "©",
    "(c)",
    "copyright",
    "rights reserved",
    "broadcast",
    "permission",
    "™",
    "contribut",
    "reporting by",
    "reporting and",
    "writing by",
    "editing by",
    "compiled by",
    "produced by",
    "developing",
    "breaking",
    "this story",
    "check back",
    "stay with",
    "sign up",
    "subscribe",
    "newsletter",
    "tip?",
    "tips:",
    "desk",
    "newsroom",
    "serving the",
    "unlimited access",
    "download",
    "follow us",
    "like us",
    "click here",
    "get the latest",
    "getty",
    "watch issued",
    "warning issued",
    "advisory issued",
    "statement issued",
    "outlook issued",
    "ap photo",
    "photo",
    "image:",
    "caption:",
    "(courtesy",
    "(credit",
    "shutterstock",
    "-wire",
    "related",
    "read more",
    "see also",
    "also read",
    "watch",
    "recommended",
    "more coverage",
    "trending",
    "cookie",
    "privacy policy",
    "terms of",
    "by continuing",
    "inbox",
];

/// Substrings the [`MACHINERY`] rule needs; in [`TRIGGERS`] after [`RULE_TRIGGERS`].
const MACHINERY_TRIGGERS: &[&str] = &[
    "javascript",
    "verification",
    "confirmation email",
    "activate your",
    "notification",
    "registering",
    "have an account",
    "sign in",
    "asking this",
    "enter the characters",
    "one more thing",
    "your profile",
    "ad block",
    "adblock",
    "transcript",
    "pending comment",
    "owner of this article",
    "report an error",
    "trouble viewing",
    "on twitter",
    "on facebook",
    "the conversation",
    "install or update",
    "anytime",
    "follow",
    "scroll down",
    "watch this story",
];

/// A line that opens with a copyright notice: "Copyright 2019 The Riverton Ledger. All
/// rights reserved. …", "© 2019 …".
static COPYRIGHT_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:copyright\s+(?:©\s*)?\d{4}|©\s*\d{4}|\(c\)\s*\d{4})").unwrap()
});

/// A caption ending in a photographer credit: `... on Thursday. Emily Park/The Riverton Ledger`.
static CREDIT_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[.!?]\s+(?:[A-Z][\p{L}'’.-]+\s){1,3}?[A-Z][\p{L}'’.-]+\s?/\s?[A-Z][\p{L}&.' -]+$")
        .unwrap()
});

/// The place of a dateline set apart from the story: one to three upper-case words alone on
/// a line (a dash may follow), unless they are a label ([`NOT_DATELINES`]).
fn lone_dateline(line: &str) -> Option<&str> {
    let place = line.trim_end_matches(['—', '–', '-', ' ']);
    if place.len() > 30 {
        return None;
    }
    let words: Vec<&str> = place.split(' ').collect();
    ((1..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.len() >= 2
                && w.chars()
                    .all(|c| c.is_ascii_uppercase() || matches!(c, '.' | '\'' | '’'))
        })
        && !NOT_DATELINES.contains(&place))
    .then_some(place)
}

/// Upper-case labels that open a first paragraph like a bare dateline ("CHICAGO — …") does.
const NOT_DATELINES: &[&str] = &[
    "UPDATE",
    "UPDATED",
    "BREAKING",
    "BREAKING NEWS",
    "WATCH",
    "VIDEO",
    "PHOTOS",
    "EXCLUSIVE",
    "DEVELOPING",
    "ALERT",
    "LIVE",
    "NEW",
    "JUST IN",
    "CORRECTION",
    "FILE",
    "AP",
];

/// Phrases too generic to be an outlet name in a date line.
const NOT_OUTLETS: &[&str] = &["article", "news", "story", "report", "update"];

/// A page title without the site's name: "Man shot on Elm Street - WXYZ Detroit News,
/// Weather" → "Man shot on Elm Street". The first segment is kept when it is a real headline
/// (three words or more).
pub fn headline_only(title: &str) -> String {
    split_title(title).0
}

/// A page title split into its headline and the site's name after it, if any (see
/// [`headline_only`]).
pub fn split_title(title: &str) -> (String, Option<String>) {
    let title = title.trim();
    let mut head = title;
    for sep in [" | ", " - ", " — ", " – ", " :: "] {
        if let Some((first, _)) = head.split_once(sep)
            && first.split_whitespace().count() >= 3
        {
            head = first.trim();
        }
    }
    let site = title[head.len()..]
        .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '|' | '-' | '—' | '–' | ':'))
        .trim();
    (
        head.to_string(),
        (!site.is_empty()).then(|| site.to_string()),
    )
}

/// How many leading lines may hold a scraper's date line.
const DATE_LINE_WINDOW: usize = 3;

/// The publication date: the input's own, else a scraper's date line among the first
/// lines (` date 2024-03-01 CNN —`), else a date in the page's address
/// (`/2016/01/26/`, `/2016/jan/26/`, `-20160126-`). A time stamp the page's header gives
/// for its own writing ("Created: 08/09/2014 5:14 AM", "Posted Jun. 15, 2015") that is
/// earlier than the input's date wins over it: the input's date was then the day the page
/// was crawled or fed, not written, and the text's "Saturday" counts from the writing.
/// Cheap; the processing order is built from it.
pub fn published(raw: &RawReport) -> Option<jiff::civil::Date> {
    let head = || {
        raw.text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .take(DATE_LINE_WINDOW)
    };
    let given = raw
        .published
        .as_deref()
        .and_then(parse_date)
        .or_else(|| head().find_map(|l| date_line(l).and_then(|c| parse_date(&c[1]))))
        .or_else(|| raw.url.as_deref().and_then(date_in_url));
    let stamped = head().filter_map(header_stamp).min();
    match (given, stamped) {
        (Some(g), Some(s)) if s < g => Some(s),
        (None, s) => s,
        (g, _) => g,
    }
}

/// The date of a header line that stamps the page's writing: `Created: 08/09/2014 5:14 AM
/// KSTP.com`, `Updated: 08/10/2014`, `Posted 01/31/15`, `Published on Mar 14, 2013`. A
/// line starting with a date alone is not taken: it may be the story's own first line.
fn header_stamp(line: &str) -> Option<jiff::civil::Date> {
    static STAMP: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:created|posted|published|updated|last updated|first published)\b:?\s*(?:on:?\s+)?(?:(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b)").unwrap()
    });
    let c = STAMP.captures(line)?;
    let (year, month, day) = if let Some(m) = c.get(1) {
        let year: i16 = c[3].parse().ok()?;
        let year = if year < 100 { 2000 + year } else { year };
        (year, m.as_str().parse().ok()?, c[2].parse().ok()?)
    } else {
        (c[6].parse().ok()?, month_number(&c[4])?, c[5].parse().ok()?)
    };
    jiff::civil::Date::new(year, month, day).ok()
}

/// A date a news address carries in its path: `/2016/01/26/`, `/2016-01-26`, `/2016/jan/26/`
/// or eight digits `20160126` between separators. Years 1990–2039 only, and the date must
/// exist, so that article numbers are not read as dates.
fn date_in_url(url: &str) -> Option<jiff::civil::Date> {
    static URL_DATE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)[/_-](199\d|20[0-3]\d)(?:[/-](0?[1-9]|1[0-2]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[/-](0?[1-9]|[12]\d|3[01])|(0[1-9]|1[0-2])([0-2]\d|3[01]))(?:[/_.?#-]|$)").unwrap()
    });
    let c = URL_DATE.captures(url)?;
    let year: i16 = c[1].parse().ok()?;
    let (month, day) = match (c.get(2), c.get(3), c.get(4), c.get(5)) {
        (Some(m), Some(d), _, _) => (m.as_str(), d.as_str()),
        (_, _, Some(m), Some(d)) => (m.as_str(), d.as_str()),
        _ => return None,
    };
    let month: i8 = match month.parse() {
        Ok(m) => m,
        Err(_) => month_number(month)?,
    };
    jiff::civil::Date::new(year, month, day.parse().ok()?).ok()
}

/// Cleans one report.
pub fn clean(raw: &RawReport) -> CleanReport {
    let (title, site) = match raw.title.as_deref().map(split_title) {
        Some((head, site)) => (Some(head), site),
        None => (None, None),
    };
    let mut out = CleanReport {
        id: raw.id.clone(),
        source: raw.source.clone(),
        title,
        site,
        published: published(raw),
        url: raw.url.clone(),
        byline: raw.author.clone(),
        dateline: None,
        paragraphs: Vec::new(),
        removed: Vec::new(),
    };
    let mut lines: Vec<&str> = raw
        .text
        .lines()
        .map(|l| l.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}'))
        .filter(|l| !l.is_empty())
        .collect();
    // "Man shot in road rage case | The Augusta ChronicleGeoffrey Reavis, 25, …": a scrape
    // that glued the page title to the body's first words (387 of GVDB's 400 texts). The title
    // is the headline; the rest of the line, which opens with a capital right after it, is the
    // body. (A title followed by a space is left alone: in GoogleNews-TS's texts the title
    // opens the text and its words count twice, which joins its events better.)
    if let (Some(t), Some(first)) = (raw.title.as_deref().map(str::trim), lines.first_mut())
        && !t.is_empty()
        && let Some(rest) = first.strip_prefix(t)
        && rest.starts_with(|c: char| c.is_uppercase())
    {
        out.removed.push(Removed {
            kind: Boilerplate::Headline,
            text: t.to_string(),
        });
        *first = rest;
    }
    // A video playlist (several "1:17 Title of a video" lines) is page furniture wherever it
    // stands.
    let playlist_items: Vec<bool> = lines.iter().map(|l| is_playlist_item(l)).collect();
    let playlist = playlist_items.iter().filter(|&&p| p).nth(1).is_some();
    let mut in_header = true;
    let mut link_list = false;
    for (i, line) in lines.iter().enumerate() {
        let remove = |out: &mut CleanReport, kind| {
            out.removed.push(Removed {
                kind,
                text: line.to_string(),
            });
        };
        if in_header {
            if let Some(c) = date_line(line) {
                let outlet = c[2].trim();
                if out.source.is_none()
                    && !outlet.is_empty()
                    && !NOT_OUTLETS.contains(&outlet.to_lowercase().as_str())
                {
                    out.source = Some(outlet.to_string());
                }
                remove(&mut out, Boilerplate::DateLine);
                continue;
            }
            if STAMP_LINE.is_match(line) {
                remove(&mut out, Boilerplate::DateLine);
                continue;
            }
            if let Some(byline) = header_fields(line) {
                if let Some(name) = byline {
                    out.byline.get_or_insert(name);
                }
                remove(&mut out, Boilerplate::Byline);
                continue;
            }
            if is_navigation(line, &lines[i + 1..], out.title.as_deref()) {
                remove(&mut out, Boilerplate::Furniture);
                continue;
            }
            if let Some(c) = starts_with_word(line, "by")
                .then(|| BYLINE.captures(line))
                .flatten()
            {
                out.byline.get_or_insert_with(|| c[1].to_string());
                if let (None, Some(org)) = (&out.source, c.get(2)) {
                    out.source = Some(org.as_str().trim().to_string());
                }
                remove(&mut out, Boilerplate::Byline);
                continue;
            }
            if is_headline(line, &lines[i + 1..], out.title.as_deref()) {
                out.title.get_or_insert_with(|| line.to_string());
                remove(&mut out, Boilerplate::Headline);
                continue;
            }
        }
        if playlist && playlist_items[i] {
            remove(&mut out, Boilerplate::Furniture);
            continue;
        }
        // A list of links to other stories under a label of its own ("Also on NBC10.com:",
        // "Related Links", "Trending stories:"): the label, then every headline after it.
        if link_list && is_link_headline(line) {
            remove(&mut out, Boilerplate::Related);
            continue;
        }
        // A video player's caption ("Caption Boxer shot blocks from his home Crime reporter
        // … talks about …"): a video's title and blurb, often of another story.
        if line
            .strip_prefix("Caption ")
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_uppercase()))
        {
            remove(&mut out, Boilerplate::Caption);
            continue;
        }
        link_list = line.len() <= 48 && LINK_LIST_LABEL.is_match(line);
        if link_list {
            remove(&mut out, Boilerplate::Related);
            continue;
        }
        if let Some(kind) = boilerplate_kind(line) {
            // A newsletter box's heading ("Get the Morning Brief") is part of the box.
            if kind == Boilerplate::Newsletter
                && out.paragraphs.last().is_some_and(|p| is_box_heading(p))
            {
                let heading = out.paragraphs.pop().expect("checked");
                out.removed.push(Removed {
                    kind,
                    text: heading,
                });
            }
            remove(&mut out, kind);
            continue;
        }
        // A dateline on a line of its own ("CAMPBELL", then the story).
        if out.paragraphs.is_empty()
            && out.dateline.is_none()
            && i + 1 < lines.len()
            && let Some(place) = lone_dateline(line)
        {
            out.removed.push(Removed {
                kind: Boilerplate::DateLine,
                text: line.to_string(),
            });
            out.dateline = Some(Dateline {
                place: Some(place.to_string()),
                region: None,
                agency: None,
                day: None,
            });
            continue;
        }
        let mut text = line.to_string();
        if dateline_may_follow(&out)
            && let Some((whole, [place, region, agency])) = wire_dateline(line)
        {
            let place = place
                .map(str::to_string)
                // "UPDATE — …", "BREAKING — …": a label, not a place.
                .filter(|p| !NOT_DATELINES.contains(&p.to_uppercase().as_str()));
            let region = region.map(str::to_string);
            let agency = agency.map(str::to_string);
            // Only a real dateline: an agency in parentheses or an upper-case place.
            if agency.is_some() || place.as_deref().is_some_and(|p| p.len() > 2) {
                out.removed.push(Removed {
                    kind: Boilerplate::DateLine,
                    text: whole.as_str().trim().to_string(),
                });
                if out.source.is_none() {
                    out.source.clone_from(&agency);
                }
                out.dateline = Some(Dateline {
                    place,
                    region,
                    agency,
                    day: dateline_day(whole.as_str()),
                });
                text = line[whole.end()..].to_string();
            }
        }
        in_header = false;
        out.paragraphs.push(text);
    }
    out
}

/// The month and day in a wire dateline ("NEW YORK, March 6 - ").
fn dateline_day(dateline: &str) -> Option<[u8; 2]> {
    static DAY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i),\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})\b",
        )
        .unwrap()
    });
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let c = DAY.captures(dateline)?;
    let month = MONTHS.iter().position(|m| c[1].eq_ignore_ascii_case(m))? as u8 + 1;
    let day: u8 = c[2].parse().ok()?;
    (1..=31).contains(&day).then_some([month, day])
}

/// Short lines before the story's first paragraph that its dateline may still follow: a
/// subhead, a time stamp, a photo credit, a related link ("December 30, 2014 11:50 AM", then
/// "DETROIT (WWJ/AP) – A 9-year-old boy …").
const LINES_BEFORE_DATELINE: usize = 3;
const SHORT_LINE_BYTES: usize = 150;

/// Can the next line still open with the dateline: no dateline yet, and only a few short
/// lines before it?
fn dateline_may_follow(out: &CleanReport) -> bool {
    out.dateline.is_none()
        && ((out.paragraphs.len() < LINES_BEFORE_DATELINE
            && out.paragraphs.iter().all(|p| p.len() < SHORT_LINE_BYTES))
            // An update put above the story ("BREAKING (Thursday, 4:02 p.m.): … She was
            // taken off life support at noon …", then "TOPEKA (KSNT) – …"): its paragraphs
            // may be long.
            || (out.paragraphs.len() < LINES_AFTER_UPDATE
                && out.paragraphs.first().is_some_and(|p| UPDATE_NOTE.is_match(p))))
}

/// Paragraphs of an update note above the story that its dateline may still follow.
const LINES_AFTER_UPDATE: usize = 4;

/// The opening of an update put above a story.
static UPDATE_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*(?:update[ds]?|breaking|editor['’]?s note|correction)\b").unwrap()
});

/// An item of a site's video playlist: a running time, then the video's title ("1:17
/// Ranchers rush to help fire victims", "0:48 Council member calls out county Pause"). Not a
/// live blog's time of day ("10:52 p.m.: Authorities said ...").
fn is_playlist_item(line: &str) -> bool {
    let b = line.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if !(1..=2).contains(&digits)
        || b.get(digits) != Some(&b':')
        || !b[digits + 1..].iter().take(2).all(u8::is_ascii_digit)
        || b.get(digits + 3) != Some(&b' ')
    {
        return false;
    }
    let rest = line[digits + 4..].trim_start();
    let time_of_day = ["a.m", "p.m", "am", "pm", "AM", "PM", "A.M", "P.M"]
        .iter()
        .any(|t| rest.starts_with(t));
    !time_of_day && rest.starts_with(|c: char| c.is_alphanumeric() || c == '\'' || c == '"')
}

/// The kind of boilerplate a body line is, if it is one.
pub fn boilerplate_kind(line: &str) -> Option<Boilerplate> {
    // Trigger words in the line: of the rules (none, one, or at least two; counted once,
    // used twice) and of the page's machinery.
    let mut triggers = 0;
    let mut machinery = false;
    for m in TRIGGERS.find_iter(line) {
        if m.pattern().as_usize() < RULE_TRIGGERS.len() {
            triggers += 1;
        } else {
            machinery = true;
        }
        if triggers >= 2 && machinery {
            break;
        }
    }
    if machinery && line.split_whitespace().nth(30).is_none() && MACHINERY.is_match(line) {
        return Some(Boilerplate::Furniture);
    }
    if line.len() <= 26 && BUTTONS.iter().any(|b| b.eq_ignore_ascii_case(line)) {
        return Some(Boilerplate::Furniture);
    }
    if let Some(kind) = line_kind(line, triggers > 0) {
        return Some(kind);
    }
    // A footer run together in one paragraph ("The Ledger is an independent newspaper …
    // Subscribe at … Have a news tip? Contact the … desk"): boilerplate when every one of
    // its sentences is. It needs two trigger words at least (one is a sentence of the story
    // that mentions a newsletter).
    if triggers < 2 || looks_like_quote(line) || line.split_whitespace().nth(200).is_some() {
        return None;
    }
    let mut first = None;
    let mut sentences = 0;
    for sentence in sentences_of(line) {
        let kind = line_kind(sentence, TRIGGERS.is_match(sentence))?;
        first.get_or_insert(kind);
        sentences += 1;
    }
    first.filter(|_| sentences >= 2)
}

/// A line cut after each '.', '?' or '!' that a space follows (abbreviations cut too: a
/// sentence of boilerplate cut in two is two pieces of boilerplate or none).
fn sentences_of(line: &str) -> Vec<&str> {
    let bytes = line.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    for i in 0..bytes.len() {
        if matches!(bytes[i], b'.' | b'?' | b'!')
            && bytes.get(i + 1).is_some_and(u8::is_ascii_whitespace)
        {
            out.push(line[start..=i].trim());
            start = i + 1;
        }
    }
    if !line[start..].trim().is_empty() {
        out.push(line[start..].trim());
    }
    out
}

/// [`boilerplate_kind`] of one line or sentence by the rules alone; `triggered` says whether
/// one of the [`TRIGGERS`] is in it.
fn line_kind(line: &str, triggered: bool) -> Option<Boilerplate> {
    // A line wholly in square brackets is an editor's aside, an embed or a link to another
    // story ("[RELATED: Two shot downtown]", "[Editor's note: updated]"), never the story.
    if let Some(inner) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']'))
        && !inner.contains(['[', ']'])
        && inner.split_whitespace().nth(40).is_none()
    {
        return Some(Boilerplate::Related);
    }
    // Fast path: most body lines contain none of the trigger words and no '/' (the credit
    // line needs one); of those, only a short line that starts like an anchored rule can
    // match. The regex set only runs on the others.
    if !triggered && !line.contains('/') && (line.len() >= 48 || !starts_like_anchored_rule(line)) {
        return None;
    }
    let words = line.split_whitespace().count();
    // A page's closing copyright notice, however long its paragraph of terms.
    if words <= 200 && COPYRIGHT_START.is_match(line) {
        return Some(Boilerplate::Copyright);
    }
    if words > 60 {
        // Longer than any rule below allows.
        return None;
    }
    let (set, kinds) = &*ANYWHERE;
    // Most lines that reach the set match no rule: a plain search says so faster than the
    // search for every rule's match.
    if !set.is_match(line) {
        return credit_tail(line, words);
    }
    let matched: Vec<usize> = set.matches(line).into_iter().collect();
    for idx in matched {
        let kind = kinds[idx];
        // Long lines that merely mention a keyword are body text ("... said in a newsletter").
        let limit = match kind {
            Boilerplate::Copyright | Boilerplate::Caption => 60,
            Boilerplate::Contributor => 25,
            _ => 30,
        };
        if words <= limit && !(kind == Boilerplate::Caption && looks_like_quote(line)) {
            return Some(kind);
        }
    }
    credit_tail(line, words)
}

/// A caption that ends in a photographer's credit ([`CREDIT_TAIL`]).
fn credit_tail(line: &str, words: usize) -> Option<Boilerplate> {
    (words <= 60 && CREDIT_TAIL.is_match(line) && !looks_like_quote(line))
        .then_some(Boilerplate::Caption)
}

/// How the rules of [`ANYWHERE`] that need none of the [`TRIGGERS`] begin (lower-case):
/// wire tags, "More:" and the one-word page furniture lines.
const ANCHORED_STARTS: &[&str] = &[
    "#",
    "+",
    "-",
    "(",
    "ap",
    "reuters",
    "cnn",
    "more",
    "advertisement",
    "share",
    "tweet",
    "email",
    "print",
    "comment",
    "loading",
    "skip",
    "view",
    "copy",
    "close",
    "0",
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
];

/// Does `line` begin (ASCII case-insensitively) like one of [`ANCHORED_STARTS`]?
fn starts_like_anchored_rule(line: &str) -> bool {
    let head = line.as_bytes();
    ANCHORED_STARTS
        .iter()
        .any(|s| head.len() >= s.len() && head[..s.len()].eq_ignore_ascii_case(s.as_bytes()))
}

fn looks_like_quote(line: &str) -> bool {
    line.contains('“') || line.contains('"')
}

/// A short line without closing punctuation: the heading of a box, not a sentence.
fn is_box_heading(line: &str) -> bool {
    let words = line.split_whitespace().count();
    (1..=8).contains(&words) && !line.ends_with(['.', '!', '?', '"', '”'])
}

/// A header line of credits and time stamps only ("By Ann Lee | Updated May 2, 2019 14:05
/// GMT", "Story from Reuters, compiled by Ann Lee"): `Some` with the byline's name, if one.
/// A byline alone is left to [`BYLINE`], which also reads an organisation after it.
fn header_fields(line: &str) -> Option<Option<String>> {
    if !line.contains(" | ") && !CREDIT_LINE.is_match(line) {
        return None;
    }
    let mut name = None;
    for field in line.split(" | ").map(str::trim) {
        // A name alone after "By" (no organisation after a comma or slash); matched without
        // captures, which would cost a backtracking search for every header.
        if !field.contains([',', '/']) && starts_with_word(field, "by") && BYLINE.is_match(field) {
            name.get_or_insert_with(|| field[2..].trim().to_string());
        } else if !STAMP_LINE.is_match(field) && !CREDIT_LINE.is_match(field) {
            return None;
        }
    }
    Some(name)
}

/// A page's navigation trail or site and section line above the headline: "Home > News >
/// Local", "The Riverton Ledger | Business" followed by a headline. Short fields only.
fn is_navigation(line: &str, rest: &[&str], known_title: Option<&str>) -> bool {
    let Some(sep) = HEADER_SEPARATORS.iter().find(|s| line.contains(**s)) else {
        return false;
    };
    let short_fields = line.split(sep).all(|f| {
        let words = f.split_whitespace().count();
        (1..=6).contains(&words) && !f.trim_end().ends_with(['.', '!', '?', ','])
    });
    if !short_fields {
        return false;
    }
    // A trail is navigation wherever it leads; a line of fields only when a headline follows
    // (else it may be the headline itself: "Man shot on Elm Street | Local").
    *sep != " | "
        || rest
            .first()
            .is_some_and(|next| is_headline(next, &rest[1..], known_title))
}

/// A headline: a short first line without closing punctuation, followed by more text.
fn is_headline(line: &str, rest: &[&str], known_title: Option<&str>) -> bool {
    if rest.is_empty() {
        return false;
    }
    if let Some(t) = known_title {
        // Compared lazily: most lines differ from the title in their first letters.
        return normalised(t).eq(normalised(line));
    }
    let words = line.split_whitespace().count();
    let last = line.chars().last().unwrap_or('.');
    (3..=25).contains(&words) && !matches!(last, '.' | '!' | '?' | '"' | '”' | ':' | ',' | ';')
}

/// A text's letters and digits, lower-cased (case, spaces and punctuation ignored).
fn normalised(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(text: &str) -> RawReport {
        RawReport {
            id: "r".into(),
            source: None,
            title: None,
            published: None,
            url: None,
            author: None,
            text: text.into(),
        }
    }

    #[test]
    fn a_dateline_after_an_update_note_above_the_story() {
        let c = clean(&RawReport {
            title: Some("Boy, 9, shot in Marlow expected to recover".into()),
            ..raw(
                "BREAKING (Friday, 3:15 p.m.): The family of the boy said he was moved out of intensive care this afternoon, is talking with his sisters and is expected to recover fully.\n\n\
             His aunt thanked the nurses and the neighbors who called for help so quickly on Wednesday night, and asked that the family be given privacy for now.\n\n\
             MARLOW (KXTV) – A 9-year-old boy was shot in the arm Wednesday night.",
            )
        });
        let d = c.dateline.expect("a dateline");
        assert_eq!(d.place.as_deref(), Some("MARLOW"));
    }

    #[test]
    fn scraped_date_line_and_caption() {
        let c = clean(&raw(
            " date 2025-06-14 Riverton Ledger —\n\nTwo men were shot on Elm Street, police said.\n\nPolice tape surrounds the home on Elm Street on Saturday. John Park/Riverton Ledger\n\nThe investigation continues.",
        ));
        assert_eq!(c.published.unwrap().to_string(), "2025-06-14");
        assert_eq!(c.source.as_deref(), Some("Riverton Ledger"));
        assert_eq!(c.paragraphs.len(), 2);
        assert_eq!(
            c.removed
                .iter()
                .filter(|r| r.kind == Boilerplate::Caption)
                .count(),
            1
        );
        // A photo's credit in parentheses at the end of the line.
        let c = clean(&raw(
            "Two men were shot on Elm Street, police said.\n\nDale Orr with his two brothers \
             on the night he was killed (Courtesy: Ann Orr)\n\nThe investigation continues.",
        ));
        assert_eq!(c.paragraphs.len(), 2);
        assert_eq!(c.removed[0].kind, Boilerplate::Caption);
    }

    #[test]
    fn a_title_glued_to_the_body_is_the_headline() {
        let mut r = raw(
            "Man shot on Elm Street | The Riverton LedgerGeoff Reavis, 25, was taken to a \
             hospital on Friday.\nHe is expected to survive.",
        );
        r.title = Some("Man shot on Elm Street | The Riverton Ledger".into());
        let c = clean(&r);
        assert_eq!(c.title.as_deref(), Some("Man shot on Elm Street"));
        assert!(c.paragraphs[0].starts_with("Geoff Reavis, 25, was taken"));
        // A title the text goes on after with a space is left as it is.
        let mut r = raw("bank consider charging customer saving account deposit big bank");
        r.title = Some("bank consider charging customer".into());
        let c = clean(&r);
        assert!(c.paragraphs[0].starts_with("bank consider charging customer saving"));
    }

    #[test]
    fn syndicated_header_byline_dateline_footer() {
        let c = clean(&raw(
            "Man wounded in Elm Street shooting\nBy Dana Cole, Wire News Service\nSPRINGDALE, Ark. (WNS) — A man was wounded Friday, police said.\nHe is expected to survive.\nThis is a developing story and will be updated.\nCopyright 2025 Wire News Service. All rights reserved.",
        ));
        assert_eq!(
            c.title.as_deref(),
            Some("Man wounded in Elm Street shooting")
        );
        assert_eq!(c.byline.as_deref(), Some("Dana Cole"));
        assert_eq!(c.source.as_deref(), Some("Wire News Service"));
        let d = c.dateline.unwrap();
        assert_eq!(d.place.as_deref(), Some("SPRINGDALE"));
        assert_eq!(d.region.as_deref(), Some("Ark."));
        assert_eq!(d.agency.as_deref(), Some("WNS"));
        assert_eq!(
            c.paragraphs,
            vec![
                "A man was wounded Friday, police said.",
                "He is expected to survive."
            ]
        );
        assert_eq!(c.removed.len(), 5);
    }

    #[test]
    fn site_names_leave_titles() {
        assert_eq!(
            headline_only("Man shot on Elm Street - wave3.com-Louisville News, Weather & Sports"),
            "Man shot on Elm Street"
        );
        assert_eq!(
            headline_only("UPDATE: Two hurt | Metro Ledger"),
            "UPDATE: Two hurt"
        );
        assert_eq!(headline_only("Shot - Again"), "Shot - Again");
        assert_eq!(
            split_title("Man shot on Elm Street - WAFB 9 News Baton Rouge, Louisiana").1,
            Some("WAFB 9 News Baton Rouge, Louisiana".to_string())
        );
        assert_eq!(split_title("Shot - Again").1, None);
    }

    #[test]
    fn a_list_of_links_under_its_own_label_and_a_video_caption_are_boilerplate() {
        let c = clean(&raw(
            "Three people were hurt in a shooting on Birch Street late Friday.\n\n\
             No arrests have been made.\n\n\
             Caption Crash closes Route 9 Three people were taken to hospitals after a crash.\n\n\
             Also on Ledger7.com:\n\n\
             Man Shot, Killed Blocks From Home: Police\n\n\
             Council Passes Budget After Long Night\n\n\
             Police asked anyone with information to call them.",
        ));
        assert_eq!(
            c.paragraphs,
            [
                "Three people were hurt in a shooting on Birch Street late Friday.",
                "No arrests have been made.",
                "Police asked anyone with information to call them.",
            ]
        );
        assert_eq!(
            c.removed
                .iter()
                .filter(|r| r.kind == Boilerplate::Related)
                .count(),
            3
        );
    }

    #[test]
    fn related_links_are_boilerplate() {
        for line in [
            "RELATED ARTICLE: Man, 19, shot in his car",
            "Related story: Two hurt",
            "Related stories 2 killed, 5 hurt in shooting at Elm Park",
            "[Ridgeford Police: Man, Boy Hurt In Shooting]",
            "[Editor's note: This item has been updated.]",
        ] {
            assert_eq!(boilerplate_kind(line), Some(Boilerplate::Related), "{line}");
        }
        for line in [
            "Related charges were filed against both men on Friday.",
            "[Two] men were shot near the park, police said.",
        ] {
            assert_eq!(boilerplate_kind(line), None, "{line}");
        }
    }

    #[test]
    fn a_dateline_after_a_time_stamp_or_a_subhead() {
        let c = clean(&raw(
            "The first paragraph of the story came first on this page.\n\
             May 11, 2013 1:28 PM\n\
             DAYTON, Ohio (AP) — Four people were shot Friday.\nMore text.",
        ));
        let d = c.dateline.unwrap();
        assert_eq!(d.place.as_deref(), Some("DAYTON"));
        assert!(
            c.paragraphs
                .iter()
                .any(|p| p == "Four people were shot Friday.")
        );
        // Deep in the story, a line in capitals before a dash is no dateline.
        let long = "A long first paragraph about the shooting that goes on and on, naming the \
            street, the hour, the victims and what the police said about all of it at the scene.";
        let c = clean(&raw(&format!(
            "{long}\n{long}\n{long}\nAKRON — Police said more.\nMore text."
        )));
        assert!(c.dateline.is_none());
    }

    #[test]
    fn bare_upper_case_datelines() {
        let c = clean(&raw(
            "CHICAGO — A boy was shot Sunday.\nHe is expected to live.",
        ));
        assert_eq!(c.dateline.unwrap().place.as_deref(), Some("CHICAGO"));
        assert_eq!(c.paragraphs[0], "A boy was shot Sunday.");
        let c = clean(&raw("LAS VEGAS - A man was hurt.\nMore text."));
        assert_eq!(c.dateline.unwrap().place.as_deref(), Some("LAS VEGAS"));
        let c = clean(&raw("CAMPBELL\nPolice named the suspect.\nMore text."));
        assert_eq!(c.dateline.unwrap().place.as_deref(), Some("CAMPBELL"));
        assert_eq!(c.paragraphs[0], "Police named the suspect.");
        // Labels and weapons are not places.
        let c = clean(&raw("UPDATE — Police named the man.\nMore text."));
        assert!(c.dateline.is_none());
        let c = clean(&raw("An AK-47 was found.\nMore text."));
        assert!(c.dateline.is_none());
        // A name prefix in lower case inside the capitals.
        for (line, place) in [
            ("La PINE, Ore. - A man died Tuesday.", "La PINE"),
            ("LaGRANGE — A child was shot.", "LaGRANGE"),
            ("McALLEN, Texas — A man was shot.", "McALLEN"),
        ] {
            let c = clean(&raw(&format!("{line}\nMore text.")));
            assert_eq!(c.dateline.unwrap().place.as_deref(), Some(place), "{line}");
        }
    }

    #[test]
    fn a_date_in_the_address_stands_in_for_a_missing_publication_date() {
        for (url, want) in [
            (
                "http://example.com/news/2016/01/26/man-shot/",
                Some("2016-01-26"),
            ),
            (
                "https://example.com/news/2016/jan/26/girl-shot-2016/",
                Some("2016-01-26"),
            ),
            (
                "https://example.com/local/2015-10-04-boy-hurt",
                Some("2015-10-04"),
            ),
            (
                "https://example.com/story/man-shot-20130715-story.html",
                Some("2013-07-15"),
            ),
            // An article number is no date; a year alone is not enough.
            ("http://example.com/news/shots-fired/36925834", None),
            ("http://example.com/news/2016/man-shot", None),
            ("http://example.com/news/2016/02/31/no-such-day", None),
        ] {
            assert_eq!(
                date_in_url(url).map(|d| d.to_string()).as_deref(),
                want,
                "{url}"
            );
        }
        let mut r = raw("A man was shot.\nMore text.");
        r.url = Some("http://example.com/news/2016/01/26/man-shot/".into());
        assert_eq!(
            published(&r).map(|d| d.to_string()).as_deref(),
            Some("2016-01-26")
        );
        r.published = Some("2016-01-27".into());
        assert_eq!(
            published(&r).map(|d| d.to_string()).as_deref(),
            Some("2016-01-27")
        );
    }

    #[test]
    fn a_page_stamped_before_the_input_date_was_written_then() {
        let mut r = raw(
            "Updated: 08/10/2014 4:26 PM\nCreated: 08/09/2014 5:14 AM Channel 9\nA man was shot early Saturday.",
        );
        r.published = Some("2017-01-28".into());
        assert_eq!(
            published(&r).map(|d| d.to_string()).as_deref(),
            Some("2014-08-09")
        );
        // A stamp after the input's date (a later update) leaves it alone.
        let mut r = raw("Posted 01/31/15\nA man was shot Friday.");
        r.published = Some("2015-01-30".into());
        assert_eq!(
            published(&r).map(|d| d.to_string()).as_deref(),
            Some("2015-01-30")
        );
        // With no date given, the stamp is the date; a story's own date is no stamp.
        let r = raw("Published on Mar 14, 2013\nA man was shot.");
        assert_eq!(
            published(&r).map(|d| d.to_string()).as_deref(),
            Some("2013-03-14")
        );
        let r = raw("March 2, 2013 was a cold day.\nA man was shot.");
        assert_eq!(published(&r), None);
    }

    #[test]
    fn a_dateline_may_name_a_county_for_its_region() {
        let c = clean(&raw(
            "TANSYVILLE, Box Elder County — A boy was shot in the foot.\nMore text here.",
        ));
        let d = c.dateline.unwrap();
        assert_eq!(
            (d.place.as_deref(), d.region.as_deref()),
            (Some("TANSYVILLE"), Some("Box Elder County"))
        );
        assert_eq!(c.paragraphs[0], "A boy was shot in the foot.");
    }

    #[test]
    fn title_case_dateline_with_agency() {
        let c = clean(&raw(
            "Edgeley, N.D. (KFGO) - A man died in a shooting.\nMore text here.",
        ));
        let d = c.dateline.unwrap();
        assert_eq!(
            (d.place.as_deref(), d.region.as_deref(), d.agency.as_deref()),
            (Some("Edgeley"), Some("N.D."), Some("KFGO"))
        );
        assert_eq!(c.paragraphs[0], "A man died in a shooting.");
        // A title-case place and a long dash, no agency; a title-case label is no place.
        let c = clean(&raw(
            "Kalamazoo — Police say a child was playing with a gun.\nMore text here.",
        ));
        assert_eq!(c.dateline.unwrap().place.as_deref(), Some("Kalamazoo"));
        assert_eq!(
            c.paragraphs[0],
            "Police say a child was playing with a gun."
        );
        let c = clean(&raw("Update — Police named the man.\nMore text here."));
        assert!(c.dateline.and_then(|d| d.place).is_none());
    }

    #[test]
    fn short_lines_without_triggers_still_meet_the_anchored_rules() {
        for (line, kind) in [
            ("More: Two hurt", Boilerplate::Related),
            ("ADVERTISEMENT", Boilerplate::Furniture),
            ("12 comments", Boilerplate::Furniture),
            ("(AP)", Boilerplate::WireTag),
            ("---", Boilerplate::WireTag),
            ("Close", Boilerplate::Furniture),
            ("+ Two killed in county crash", Boilerplate::Related),
            (
                "Tornado Watch issued May 8 at 7:41PM CDT expiring May 9 at 3:00AM CDT in effect for: Lowry",
                Boilerplate::Furniture,
            ),
        ] {
            assert_eq!(boilerplate_kind(line), Some(kind), "{line}");
        }
        assert_eq!(boilerplate_kind("He was 31."), None);
    }

    #[test]
    fn body_sentences_mentioning_keywords_stay() {
        let line = "The mayor, who said she would subscribe to any plan that reduces shootings in the city, spoke at length on Tuesday about the budget and the police department and the council vote next week.";
        assert_eq!(boilerplate_kind(line), None);
        assert_eq!(
            boilerplate_kind("\"We saw him fall,\" said Ann Lee/neighbor."),
            None
        );
        assert_eq!(
            boilerplate_kind("We use cookies."),
            Some(Boilerplate::Furniture)
        );
    }

    #[test]
    fn the_pages_machinery_is_furniture() {
        let text = "Please enable Javascript to watch this video\n\nA man was shot on Elm Street \
            on Friday, police said.\n\nThe mayor said on Twitter that the shooting was \
            senseless.\n\nTwitter\n\nPinterest\n\nStay Up To Date, Follow WXYZ On \
            Twitter\n\nWe have sent you a verification email. Please check your email and \
            click on the link to activate your profile.\n\nAlready have an account?\n\n\
            Hide Transcript Show Transcript";
        let c = clean(&raw(text));
        assert_eq!(
            c.paragraphs,
            [
                "A man was shot on Elm Street on Friday, police said.",
                "The mayor said on Twitter that the shooting was senseless."
            ]
        );
        assert!(
            c.removed
                .iter()
                .all(|r| r.kind == Boilerplate::Furniture || r.kind == Boilerplate::Headline)
        );
    }

    #[test]
    fn a_video_playlist_is_furniture_and_a_live_blogs_times_stay() {
        let text = "Two hurt in shooting near Fairlane bowling alley\n\n0:48 Council member \
            calls out Harlow County on road repairs Pause\n\n2:42 Highlights from the Fairlane \
            homecoming game\n\nTwo men were shot outside a bowling alley on Friday night, \
            police said.\n\n10:52 p.m.: Police said both men were expected to survive.";
        let c = clean(&raw(text));
        assert_eq!(
            c.paragraphs,
            [
                "Two men were shot outside a bowling alley on Friday night, police said.",
                "10:52 p.m.: Police said both men were expected to survive."
            ]
        );
        // One running time alone is no playlist.
        let c = clean(&raw("1:30 remained on the clock when the shots rang out."));
        assert_eq!(c.paragraphs.len(), 1);
    }

    #[test]
    fn a_syndicating_sites_header_and_footer_are_boilerplate() {
        let text = "The Quarry Hill Gazette | Business\n\nMillbrook Foundry Buys Rival Works\n\nBy Ada Lind | Updated March 3, 2021 09:12 GMT\n\nStory from Reuters, compiled by Ada Lind\n\nNEW YORK, March 2 - Millbrook Foundry Inc said it bought the Carver Works plant for 12 mln dlrs.\n\nThe plant employs 140 people, the company said.\n\n(Reporting by Ada Lind; Editing by Tom Vale)\n\nThe Quarry Hill Gazette is an independent newspaper serving the Quarry Hill region since 1911. Subscribe at gazette.example/subscribe for unlimited access. Have a news tip? Contact the Gazette business desk at desk@gazette.example or call the newsroom.\n\nCopyright 2021 The Quarry Hill Gazette. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission. Readers may share links to this story on social media and by email with friends and family, but copying the text to other sites or printing it for sale is not allowed under the terms of use that every reader accepts on the first visit.";
        let c = clean(&raw(text));
        assert_eq!(
            c.paragraphs,
            [
                "Millbrook Foundry Inc said it bought the Carver Works plant for 12 mln dlrs.",
                "The plant employs 140 people, the company said."
            ]
        );
        assert_eq!(
            c.title.as_deref(),
            Some("Millbrook Foundry Buys Rival Works")
        );
        assert_eq!(c.byline.as_deref(), Some("Ada Lind"));
        let d = c.dateline.expect("dateline");
        assert_eq!(d.place.as_deref(), Some("NEW YORK"));
        assert_eq!(d.day, Some([3, 2]));
        let kinds: Vec<Boilerplate> = c.removed.iter().map(|r| r.kind).collect();
        assert_eq!(
            kinds,
            [
                Boilerplate::Furniture,
                Boilerplate::Headline,
                Boilerplate::Byline,
                Boilerplate::Byline,
                Boilerplate::DateLine,
                Boilerplate::Contributor,
                Boilerplate::Furniture,
                Boilerplate::Copyright,
            ]
        );
    }

    #[test]
    fn header_rules_leave_headlines_and_sentences_alone() {
        // A headline with its section after a bar, then the story: the headline stays one.
        let c = clean(&raw(
            "Man shot on Elm Street | Local\n\nA man was shot on Elm Street early Sunday, police said.\n\nHe is expected to survive.",
        ));
        assert_eq!(c.title.as_deref(), Some("Man shot on Elm Street | Local"));
        assert_eq!(c.paragraphs.len(), 2);
        // Sentences that mention a desk, a newsroom or a tip are the story's.
        for line in [
            "The clerk at the front desk called police after hearing shots.",
            "Police said a tip led them to the suspect's home on Birch Lane.",
            "Officers said they are serving the warrant on the man since 2019 charges.",
        ] {
            assert_eq!(boilerplate_kind(line), None, "{line}");
        }
        // "OSLO, Norway, Oct 19 - ": the wire's day after the region.
        let c = clean(&raw("OSLO, Norway, Oct 19 - The parliament met on Monday."));
        let d = c.dateline.expect("dateline");
        assert_eq!(
            (d.region.as_deref(), d.day),
            (Some("Norway"), Some([10, 19]))
        );
        assert_eq!(c.paragraphs, ["The parliament met on Monday."]);
    }
}
