//! Copies: exact copies, syndicated copies, excerpts and updates of one article.
//!
//! Method (our core, so written here rather than taken from a MinHash crate):
//! 1. [`fingerprint`] hashes every word window of [`SHINGLE`] words of the cleaned body
//!    straight from the text (no string per shingle) into a sorted set of 64-bit values.
//! 2. Candidates come from *anchors*: the shingles whose mixed hash is 0 modulo
//!    [`CopyParams::anchor_mod`]. The rule depends only on the shingle, so an excerpt's anchors
//!    are a subset of its source's anchors: the candidate step finds containment, not only
//!    resemblance, which is what syndicated news needs (another outlet's header, byline and
//!    footer lower Jaccard to ~0.5 while containment stays > 0.9).
//! 3. Every candidate is verified on the exact shingle sets: containment (share of the smaller
//!    set found in the larger) and Jaccard.
//!
//! Invariants: pure and deterministic; hashes are xxh3 with fixed seeds (stable across runs
//! and machines, pinned by a test); a report is only compared with reports before it in the
//! given order, so folding in one batch or in several gives the same links.

use rustc_hash::FxHashMap;
use storyfold_model::{CleanReport, CopyLink, Relation};
use xxhash_rust::xxh3::xxh3_64;

/// Seed of the whole-text hash.
const EXACT_SEED: u64 = 0x0051_ed27;

/// Words per shingle.
pub const SHINGLE: usize = 5;

/// A body's fingerprint: its sorted, distinct shingle hashes and a hash of the whole text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fingerprint {
    pub shingles: Vec<u64>,
    /// Hash of the normalised word sequence: equal for exact copies.
    pub exact: u64,
    pub words: u32,
    /// Identity tokens: hashes of the numbers and capitalised words inside sentences (names,
    /// places, ages, addresses), at most [`MAX_IDENT`], sorted. Two briefs from one template
    /// share most shingles but not these. A number's hash is odd, a name's even.
    pub ident: Vec<u32>,
    /// The identity tokens of the body's first [`LEAD_WORDS`] words (at most [`MAX_LEAD`],
    /// sorted): who and what the story is about.
    pub lead: Vec<u32>,
    /// The wire dateline's month and day, if the report has one (see [`report_fingerprint`]).
    pub day: Option<[u8; 2]>,
}

/// Words of a body's lead.
pub const LEAD_WORDS: usize = 40;

/// Lead identity tokens kept per report.
pub const MAX_LEAD: usize = 16;

/// Identity tokens kept per report.
pub const MAX_IDENT: usize = 48;

#[inline]
fn mix(mut z: u64) -> u64 {
    // splitmix64's finaliser: a cheap, well-distributed bijection.
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// What the word scanner knows of a word besides its bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct WordFlags {
    /// Its first letter is a capital.
    pub capital: bool,
    /// It holds a digit.
    pub digit: bool,
    /// A sentence may start with it: it is the text's first word, or `.`, `!`, `?`, `:`,
    /// `"` or `”` stands between it and the word before.
    pub after_stop: bool,
}

/// Calls `f` with each word of `text` and its hash ([`word_hash`]): a maximal run of
/// alphanumeric characters, apostrophes dropped ("officer’s" and "officer's" are one word),
/// compared without case. The bytes given are the word lower-cased, except that a word of
/// ASCII letters and digits is given as written (its capitals are folded by the hash).
/// `text` may be one part of a longer text: `stop_state` carries whether the next word may
/// start a sentence from part to part (true before the first); `buf` is scratch.
///
/// Hand-written because it is the inner loop of the copies stage: one table lookup per byte
/// gives the byte's class bits, ORed over the word for its flags; a word of ASCII letters
/// and digits ended by an ASCII separator (most words of news text) is hashed straight from
/// the text, with no copy and no lower-casing. Only other words (apostrophes, non-ASCII) are
/// lower-cased into a buffer, decoding their characters. The same pass tells whether each
/// word is capitalised, holds a digit or may start a sentence, which is all the identity
/// tokens need (no second scan).
fn scan_words(
    text: &str,
    stop_state: &mut bool,
    buf: &mut Vec<u8>,
    mut f: impl FnMut(&[u8], WordFlags, u64),
) {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut stop = *stop_state;
    let mut i = 0;
    while i < n {
        let first = CLASS[bytes[i] as usize];
        if first & (ALNUM | SLOW) == 0 {
            stop |= first & STOP != 0;
            i += 1;
            continue;
        }
        let start = i;
        if first & ALNUM != 0 {
            // Fast path: a run of ASCII letters and digits ended by an ASCII separator (or
            // the end).
            let mut seen = 0u8;
            while i < n {
                let c = CLASS[bytes[i] as usize];
                if c & ALNUM == 0 {
                    break;
                }
                seen |= c;
                i += 1;
            }
            if i == n || CLASS[bytes[i] as usize] & SLOW == 0 {
                let word = &bytes[start..i];
                let flags = WordFlags {
                    capital: first & UPPER != 0,
                    digit: seen & DIGIT != 0,
                    after_stop: stop,
                };
                stop = false;
                f(word, flags, ascii_word_hash(word));
                continue;
            }
            i = start;
        }
        // General path (apostrophes, non-ASCII) from the word's start until that word ends.
        buf.clear();
        let mut flags = WordFlags::default();
        let mut first = true;
        let mut stop_after = false;
        while i < n {
            let b = bytes[i];
            let (alnum, apostrophe, len, capital, is_stop) = if b < 128 {
                let alnum = b.is_ascii_alphanumeric();
                if alnum {
                    buf.push(b.to_ascii_lowercase());
                }
                (
                    alnum,
                    b == b'\'',
                    1,
                    b.is_ascii_uppercase(),
                    CLASS[b as usize] & STOP != 0,
                )
            } else {
                let c = text[i..].chars().next().expect("char boundary");
                let alnum = c.is_alphanumeric();
                if alnum {
                    for l in c.to_lowercase() {
                        let mut tmp = [0u8; 4];
                        buf.extend_from_slice(l.encode_utf8(&mut tmp).as_bytes());
                    }
                }
                (alnum, c == '’', c.len_utf8(), c.is_uppercase(), c == '”')
            };
            i += len;
            if alnum {
                if first {
                    flags.capital = capital;
                    first = false;
                }
                flags.digit |= b.is_ascii_digit();
            } else if !apostrophe {
                if buf.is_empty() {
                    stop |= is_stop;
                } else {
                    stop_after = is_stop;
                    break;
                }
            }
        }
        if !buf.is_empty() {
            flags.after_stop = stop;
            f(buf, flags, word_hash(buf));
            stop = stop_after;
        }
    }
    *stop_state = stop;
}

/// Hash of a lower-cased word: [`ascii_word_hash`] when it is ASCII (so that a word found
/// by the scanner's general path, "officer’s", hashes as the same word found by its fast
/// path, "officers"), else xxh3 of its UTF-8 bytes.
fn word_hash(word: &[u8]) -> u64 {
    if word.is_ascii() {
        ascii_word_hash(word)
    } else {
        xxh3_64(word) ^ NON_ASCII_SEED
    }
}

/// Seed that keeps non-ASCII word hashes apart from [`ascii_word_hash`]'s.
const NON_ASCII_SEED: u64 = 0x7e57_ab1e_0dd5_eed5;

/// Hash of a word of ASCII letters and digits, without case: setting bit `0x20` of each
/// byte lower-cases a capital and leaves lower-case letters and digits as they are. Eight
/// bytes at a time, each chunk mixed into the state, which starts from the length, so that
/// a word of up to eight bytes maps to a distinct value (the mix is a bijection).
/// Hand-written because a general-purpose hash (xxh3) spends most of its time on cases a
/// word never has, and would need the word lower-cased into a buffer first.
#[inline]
fn ascii_word_hash(word: &[u8]) -> u64 {
    const CASE: u64 = 0x2020_2020_2020_2020;
    let mut h = (word.len() as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    let mut chunks = word.chunks_exact(8);
    for c in &mut chunks {
        h = mix(h ^ (u64::from_le_bytes(c.try_into().expect("eight bytes")) | CASE));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut v = 0u64;
        for (k, &b) in rest.iter().enumerate() {
            v |= u64::from(b | 0x20) << (8 * k);
        }
        h = mix(h ^ v);
    }
    h
}

/// Class bits of each byte for the word scanner: an ASCII letter or digit ([`ALNUM`], with
/// [`UPPER`] or [`DIGIT`]), a separator that ends a sentence ([`STOP`]: `.`, `!`, `?`, `:`,
/// `"`), a byte the fast path cannot take ([`SLOW`]: the apostrophe and non-ASCII bytes), or
/// none (other ASCII separators).
const ALNUM: u8 = 1;
const UPPER: u8 = 2;
const DIGIT: u8 = 4;
const STOP: u8 = 8;
const SLOW: u8 = 16;
static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c >= 128 || c == b'\'' {
            SLOW
        } else if c.is_ascii_lowercase() {
            ALNUM
        } else if c.is_ascii_digit() {
            ALNUM | DIGIT
        } else if c.is_ascii_uppercase() {
            ALNUM | UPPER
        } else if matches!(c, b'.' | b'!' | b'?' | b':' | b'"') {
            STOP
        } else {
            0
        };
        b += 1;
    }
    t
};

/// Hash of a text's normalised character sequence: ASCII letters lower-cased, every run of
/// other ASCII characters (spaces, punctuation) one space, apostrophes (`'` and `’`)
/// dropped, other characters as they are. Two texts with the same hash differ at most in
/// case, spacing and ASCII punctuation. [`report_fingerprint`] hashes each boilerplate line
/// with it; one table-driven pass over the bytes, no word splitting or decoding.
pub fn text_hash(text: &str) -> u64 {
    xxh3_64(&exact_normal_form(text)) ^ EXACT_SEED
}

/// The character sequence [`text_hash`] hashes.
fn exact_normal_form(text: &str) -> Vec<u8> {
    let bytes = text.as_bytes();
    let mut norm: Vec<u8> = Vec::with_capacity(bytes.len());
    let mut gap = false;
    let mut i = 0;
    while i < bytes.len() {
        // A run of bytes kept as they are (lower-case letters, digits, non-ASCII) is copied
        // in one piece; most of a text is such runs.
        let start = i;
        while i < bytes.len() && NORM[bytes[i] as usize] == bytes[i] {
            i += 1;
        }
        if i > start {
            if gap && !norm.is_empty() {
                norm.push(b' ');
            }
            gap = false;
            norm.extend_from_slice(&bytes[start..i]);
            if i == bytes.len() {
                break;
            }
        }
        let b = bytes[i];
        i += 1;
        let c = match NORM[b as usize] {
            APOSTROPHE_LEAD if bytes[i..].starts_with(&[0x80, 0x99]) => {
                i += 2;
                continue;
            }
            APOSTROPHE_LEAD => b,
            c => c,
        };
        match c {
            0 => gap = true,
            1 => {}
            c => {
                if gap && !norm.is_empty() {
                    norm.push(b' ');
                }
                gap = false;
                norm.push(c);
            }
        }
    }
    norm
}

/// [`text_hash`]'s byte map: 0 for a separator, 1 for a dropped byte (the ASCII
/// apostrophe), [`APOSTROPHE_LEAD`] for `0xe2` (the first byte of `’`, dropped with the two
/// that follow it, else kept), else the byte to keep (ASCII letters lower-cased).
const APOSTROPHE_LEAD: u8 = 2;
static NORM: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c == 0xe2 {
            APOSTROPHE_LEAD
        } else if c >= 128 || c.is_ascii_alphanumeric() {
            c.to_ascii_lowercase()
        } else if c == b'\'' {
            1
        } else {
            0
        };
        b += 1;
    }
    t
};

/// The hash of one window of [`SHINGLE`] word hashes, oldest first: each word's hash rotated
/// by its place (so order counts) and one finalising mix. The word hashes are well-mixed
/// already ([`word_hash`]), so one mix suffices; a fold of a mix per word cost five times as much in the
/// copies stage's inner loop and distinguished nothing more.
#[inline]
fn shingle_hash(window: &[u64; SHINGLE]) -> u64 {
    mix(window[0]
        ^ window[1].rotate_left(13)
        ^ window[2].rotate_left(26)
        ^ window[3].rotate_left(39)
        ^ window[4].rotate_left(52))
}

/// Fingerprints a cleaned body: its shingles and, from the same pass over its words, its
/// identity tokens (words with a digit, and capitalised words that do not start a sentence:
/// names, places, ages, addresses), at most [`MAX_IDENT`], the smallest hashes kept.
/// `exact` is the hash of the body's word sequence.
pub fn fingerprint(body: &str) -> Fingerprint {
    fingerprint_parts(&[body])
}

/// [`fingerprint`] of a body given as paragraphs: the same as of the paragraphs joined by
/// blank lines, without joining them.
pub fn fingerprint_parts(parts: &[impl AsRef<str>]) -> Fingerprint {
    let mut window = [0u64; SHINGLE];
    let mut n = 0usize;
    let mut exact = EXACT_SEED;
    let len: usize = parts.iter().map(|p| p.as_ref().len()).sum();
    let mut shingles = Vec::with_capacity(len / 5);
    let mut ident: Vec<u32> = Vec::new();
    let mut lead: Vec<u32> = Vec::new();
    let (mut stop, mut buf) = (true, Vec::with_capacity(32));
    for part in parts {
        scan_words(part.as_ref(), &mut stop, &mut buf, |w, flags, h| {
            if w.len() > 1 && (flags.digit || (flags.capital && !flags.after_stop)) {
                // The lowest bit tells numbers from names (see `same_identity`).
                let token = short(mix(h ^ IDENT_SEED)) & !1;
                let token = token | u32::from(flags.digit);
                ident.push(token);
                if n < LEAD_WORDS {
                    lead.push(token);
                }
            }
            // The window holds the last SHINGLE word hashes, oldest first.
            window.copy_within(1.., 0);
            window[SHINGLE - 1] = h;
            n += 1;
            exact = mix(exact.rotate_left(7) ^ h);
            if n >= SHINGLE {
                shingles.push(shingle_hash(&window));
            }
        });
    }
    if n > 0 && n < SHINGLE {
        // A text shorter than one shingle is one shingle of all its words.
        shingles.push(exact);
    }
    shingles.sort_unstable();
    shingles.dedup();
    ident.sort_unstable();
    ident.dedup();
    // Keep a fixed sample (the smallest hashes) so long texts stay bounded and comparable.
    ident.truncate(MAX_IDENT);
    lead.sort_unstable();
    lead.dedup();
    lead.truncate(MAX_LEAD);
    Fingerprint {
        shingles,
        exact: if n == 0 { EMPTY_TEXT } else { exact },
        words: n as u32,
        ident,
        lead,
        day: None,
    }
}

/// The fingerprint of a cleaned report: its body's ([`fingerprint_parts`]), with `exact`
/// covering the boilerplate lines taken out of it too, so that equal hashes mean the same
/// body and the same boilerplate (copies that differ only in boilerplate are syndicated,
/// not exact). [`EMPTY_TEXT`] when there is neither.
pub fn report_fingerprint(report: &CleanReport) -> Fingerprint {
    let mut fp = fingerprint_parts(&report.paragraphs);
    fp.day = report.dateline.as_ref().and_then(|d| d.day);
    fp.exact = report.removed.iter().fold(fp.exact, |exact, line| {
        mix(exact.rotate_left(7) ^ text_hash(&line.text))
    });
    fp
}

/// The `exact` hash of a text without words or boilerplate: never taken for a copy.
pub const EMPTY_TEXT: u64 = 0;

/// Seed that makes identity tokens independent of the word hashes they come from.
const IDENT_SEED: u64 = 0x1de7_0c3e_5a1f_77b1;

/// Tunable parameters; the defaults are the ones measured in `docs/COPIES.md`.
#[derive(Debug, Clone, PartialEq)]
pub struct CopyParams {
    /// One shingle in `anchor_mod` is an anchor (indexed for candidate search).
    pub anchor_mod: u64,
    /// Verified containment needed to call two bodies copies.
    pub min_containment: f32,
    /// Shared shingles needed, whatever the containment (guards very short texts).
    pub min_shared: usize,
    /// Anchors shared by more reports than this are treated as common phrases and not followed.
    pub max_postings: usize,
    /// Below this size ratio (smaller/larger) a contained copy is an excerpt.
    pub excerpt_ratio: f32,
}

impl Default for CopyParams {
    fn default() -> Self {
        CopyParams {
            anchor_mod: 4,
            min_containment: 0.5,
            min_shared: 8,
            max_postings: 200,
            excerpt_ratio: 0.85,
        }
    }
}

/// What the copies stage needs to know about a report besides its body.
#[derive(Debug, Clone, Default)]
pub struct DocMeta {
    pub id: String,
    pub source: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
}

struct Entry {
    meta: DocMeta,
    /// Shingles cut to their high 32 bits, sorted: half the memory of the full hashes, and
    /// a chance collision (about n²/2³² per compared pair) moves a similarity by 1/n at most.
    shingles: Box<[u32]>,
    exact: u64,
    ident: Box<[u32]>,
    lead: Box<[u32]>,
    day: Option<[u8; 2]>,
    /// Number of its shingles that pass the anchor rule (a fixed-rate sample, whether or not
    /// all shingles were indexed): the denominator of containment estimates.
    sampled: u32,
    /// Index of the canonical entry of this entry's group (itself when canonical).
    canonical: u32,
}

/// Candidates whose anchor estimate of containment is below this share of the threshold are
/// not verified. Anchors are a 1-in-`anchor_mod` sample, so the estimate's standard error is
/// about 0.07 for a 200-word report; 0.6 leaves several errors of room.
const CANDIDATE_SLACK: f32 = 0.6;

/// One posting: a document holding an anchor, and the previous posting of that anchor.
#[derive(Clone, Copy)]
struct Posting {
    doc: u32,
    next: u32,
}

const NO_POSTING: u32 = u32::MAX;

/// An incremental copy index: insert reports in order, each is matched against those before.
///
/// Memory per report: its 32-bit shingles, its anchors' postings (8 bytes each, in one flat
/// vector linked per anchor) and its metadata; about 1–1.5 KB for a 250-word report.
pub struct CopyIndex {
    params: CopyParams,
    entries: Vec<Entry>,
    /// Anchor → (last posting, number of postings).
    heads: FxHashMap<u32, (u32, u32)>,
    postings: Vec<Posting>,
    exact: FxHashMap<u64, u32>,
    /// Scratch of the candidate search: shared anchors per report (zero between inserts)
    /// and the reports counted.
    counts: Vec<u32>,
    touched: Vec<u32>,
}

/// Similarity of two shingle sets.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Similarity {
    pub shared: usize,
    pub containment: f32,
    pub jaccard: f32,
}

/// Exact containment and Jaccard of two sorted, distinct sets.
pub fn similarity<T: Ord>(a: &[T], b: &[T]) -> Similarity {
    // A merge without branches on the comparison: which side advances is data, so the
    // loop does not pay a mispredicted branch on every other element of random hashes.
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        let (x, y) = (&a[i], &b[j]);
        shared += usize::from(x == y);
        i += usize::from(x <= y);
        j += usize::from(y <= x);
    }
    let small = a.len().min(b.len()).max(1);
    let union = (a.len() + b.len() - shared).max(1);
    Similarity {
        shared,
        containment: shared as f32 / small as f32,
        jaccard: shared as f32 / union as f32,
    }
}

fn same_text_field(a: &Option<String>, b: &Option<String>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => {
            let norm = |s: &str| s.trim().to_lowercase();
            !a.trim().is_empty() && norm(a) == norm(b)
        }
        _ => false,
    }
}

/// Shingles below which a text that reports share under unrelated headlines is the site's
/// page furniture rather than one article (see [`page_furniture`]).
const SHORT_TEXT_SHINGLES: usize = 40;

/// Is what a copy and its canonical report share *page furniture*: a short text (the smaller
/// of the two under [`SHORT_TEXT_SHINGLES`]) under unrelated headlines ("Thank you for
/// registering!", a paywall notice)? Such texts are copies of each other, but not one story.
/// Each side: its distinct shingles ([`Prepared::len`]) and its headline.
pub fn page_furniture(a: (usize, Option<&str>), b: (usize, Option<&str>)) -> bool {
    a.0.min(b.0) < SHORT_TEXT_SHINGLES && unrelated_headlines(a.1, b.1)
}

/// Headlines under which one text must appear, each sharing (almost) no word with the
/// others, for that text to be page furniture whatever its length (see [`furniture_group`]).
pub const FURNITURE_HEADLINES: usize = 3;

/// Days between the first and the last publication of a copy group beyond which its text
/// under unrelated headlines is page furniture (see [`furniture_group`]).
pub const FURNITURE_SPAN_DAYS: i32 = 30;

/// Is a copy group's shared text page furniture, whatever its length: does it appear under
/// at least [`FURNITURE_HEADLINES`] pairwise unrelated headlines, published over more than
/// [`FURNITURE_SPAN_DAYS`]? A site's sign-up box or consent notice, scraped instead of the
/// article, is copied under every headline the site publishes, for years; one wire story is
/// republished within days, and its outlets' headlines may reword it beyond recognition
/// (ECB+ has such groups), so unrelated headlines alone do not make furniture.
/// `titles`: every member's headline; `span_days`: days from the group's first publication
/// to its last, when known.
pub fn furniture_group(titles: &[Option<&str>], span_days: Option<i32>) -> bool {
    if span_days.is_none_or(|d| d <= FURNITURE_SPAN_DAYS) {
        return false;
    }
    let mut apart: Vec<Option<&str>> = Vec::new();
    for &t in titles {
        if t.is_some() && apart.iter().all(|&a| unrelated_headlines(a, t)) {
            apart.push(t);
            if apart.len() >= FURNITURE_HEADLINES {
                return true;
            }
        }
    }
    false
}

/// Do two headlines have (almost) no word of three letters or more in common? Unknown or
/// empty headlines are not unrelated.
fn unrelated_headlines(a: Option<&str>, b: Option<&str>) -> bool {
    let words = |t: &str| -> Vec<String> {
        let mut w: Vec<String> = t
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() >= 3)
            .map(str::to_lowercase)
            .collect();
        w.sort_unstable();
        w.dedup();
        w
    };
    match (a.map(words), b.map(words)) {
        (Some(x), Some(y)) if !x.is_empty() && !y.is_empty() => similarity(&x, &y).jaccard < 0.25,
        _ => false,
    }
}

/// Headline stem: the headline's words minus update markers, for "same headline" tests.
fn title_stem(t: &str) -> String {
    let lower = t.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| {
            !w.is_empty() && !matches!(*w, "update" | "updated" | "updates" | "breaking" | "live")
        })
        .take(6)
        .collect();
    words.join(" ")
}

/// Do two reports name the same people, places and numbers? When both name at least
/// three, most of the smaller set must be in the other. A set of [`MAX_IDENT`] tokens is a
/// bottom-k sample of a longer one, so the comparison keeps to the hash range every sample
/// covers: a token below that range is in both samples whenever it is in both texts.
fn same_identity(a: &[u32], b: &[u32]) -> bool {
    if a.len() < 3 || b.len() < 3 {
        return true;
    }
    let covered = |s: &[u32]| {
        if s.len() >= MAX_IDENT {
            s[s.len() - 1]
        } else {
            u32::MAX
        }
    };
    let limit = covered(a).min(covered(b));
    let a: Vec<u32> = a.iter().copied().filter(|x| *x <= limit).collect();
    let b: Vec<u32> = b.iter().copied().filter(|x| *x <= limit).collect();
    if a.len() < 3 || b.len() < 3 {
        return true;
    }
    if similarity(&a, &b).containment < MIN_IDENTITY {
        return false;
    }
    // Numbers on their own: a template filled in twice (a bond issue, a weekly auction, a
    // quarter's results) shares its names and wording but not its amounts and dates, while
    // a copy, an excerpt or a revision keeps nearly all of the smaller one's numbers.
    let numbers = |s: &[u32]| -> Vec<u32> { s.iter().copied().filter(|x| x & 1 == 1).collect() };
    let (na, nb) = (numbers(&a), numbers(&b));
    na.len() < 3 || nb.len() < 3 || similarity(&na, &nb).containment >= MIN_NUMBERS
}

/// Do two leads name the same people, places and numbers? When both name at least three,
/// half of the smaller set must be in the other. Two stories filled into one template (bond
/// issues, weekly auctions, the same crude price rise at two companies) share their wording
/// further down but not who and what their first sentence is about.
fn same_lead(a: &[u32], b: &[u32]) -> bool {
    a.len() < 3 || b.len() < 3 || similarity(a, b).containment >= MIN_LEAD
}

/// Share of lead identity tokens two copies must have in common.
const MIN_LEAD: f32 = 0.5;

/// Verified containment above which the leads are not compared: a copy that rewrote its
/// lead (an update's new first sentence) is still a copy when most of it is the other.
const LEAD_FREE_CONTAINMENT: f32 = 0.9;

/// Days between two wire datelines' month-days (0 when either has none; the year is not
/// written, so December 30 and January 2 are 3 days apart).
fn days_apart(a: Option<[u8; 2]>, b: Option<[u8; 2]>) -> u32 {
    let (Some(a), Some(b)) = (a, b) else {
        return 0;
    };
    // Day of a 372-day year (12 months of 31): close enough to compare with a few days.
    let ordinal = |[m, d]: [u8; 2]| u32::from(m) * 31 + u32::from(d);
    let gap = ordinal(a).abs_diff(ordinal(b));
    gap.min(372 - gap)
}

/// Most days between two copies' wire datelines: a wire story republished keeps its dateline,
/// an update may carry the next day's or the day after's; the same wording under datelines
/// weeks apart is a template filled in again (a weekly auction, a monthly tender).
const MAX_DATELINE_DAYS: u32 = 3;

/// Share of identity tokens two copies must have in common.
const MIN_IDENTITY: f32 = 0.5;

/// Share of the numbers among the identity tokens two copies must have in common (when both
/// have at least three).
const MIN_NUMBERS: f32 = 0.6;

fn short(s: u64) -> u32 {
    (s >> 32) as u32
}

/// A fingerprint made ready for a [`CopyIndex`] with given parameters: shingles cut to 32
/// bits and the anchors to look up and index. Preparing is pure and independent per report,
/// so a batch prepares in parallel and only [`CopyIndex::insert_prepared`] runs in order.
#[derive(Debug, Clone)]
pub struct Prepared {
    shingles: Box<[u32]>,
    /// Each anchor with whether it passes the sampling rule.
    anchors: Vec<(u32, bool)>,
    sampled: u32,
    exact: u64,
    ident: Box<[u32]>,
    lead: Box<[u32]>,
    day: Option<[u8; 2]>,
}

impl Prepared {
    /// Distinct shingles of the text.
    pub fn len(&self) -> usize {
        self.shingles.len()
    }

    pub fn is_empty(&self) -> bool {
        self.shingles.is_empty()
    }
}

impl CopyParams {
    /// Is shingle `s` an anchor? Decided on its low 32 bits, which are independent of the
    /// high 32 bits kept as the short shingle (a shingle is a mixed hash), so no second mix.
    fn is_anchor(&self, s: u64) -> bool {
        let h = s & 0xffff_ffff;
        if self.anchor_mod.is_power_of_two() {
            // The same test without a division (the default rate is a power of two).
            h & (self.anchor_mod - 1) == 0
        } else {
            h.is_multiple_of(self.anchor_mod)
        }
    }

    /// Prepares a fingerprint for an index with these parameters. Anchors are the shingles
    /// that pass the sampling rule; a text so short that it has fewer than 8 sampled anchors
    /// indexes all its shingles, so that two short copies still meet (a short text's shingles
    /// include its sampled anchors).
    pub fn prepare(&self, fp: Fingerprint) -> Prepared {
        let n = fp.shingles.len();
        let all = n < 8 * self.anchor_mod as usize;
        // One pass, into vectors sized up front (twice the expected share of anchors).
        let mut shingles: Vec<u32> = Vec::with_capacity(n);
        let mut anchors: Vec<(u32, bool)> = Vec::with_capacity(if all {
            n
        } else {
            2 * n / self.anchor_mod as usize
        });
        let mut sampled = 0u32;
        for &s in &fp.shingles {
            let s32 = short(s);
            shingles.push(s32);
            let is_anchor = self.is_anchor(s);
            sampled += u32::from(is_anchor);
            if all || is_anchor {
                anchors.push((s32, is_anchor));
            }
        }
        // The shingles are sorted as 64-bit values, so their high halves are already in order,
        // and two shingles that share their high half are one (rarely) in both lists.
        shingles.dedup();
        anchors.dedup_by_key(|(a, _)| *a);
        Prepared {
            shingles: shingles.into_boxed_slice(),
            anchors,
            sampled,
            exact: fp.exact,
            ident: fp.ident.into_boxed_slice(),
            lead: fp.lead.into_boxed_slice(),
            day: fp.day,
        }
    }
}

impl CopyIndex {
    pub fn new(params: CopyParams) -> Self {
        CopyIndex {
            params,
            entries: Vec::new(),
            heads: FxHashMap::default(),
            postings: Vec::new(),
            exact: FxHashMap::default(),
            counts: Vec::new(),
            touched: Vec::new(),
        }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Position (in insertion order) of the canonical report of the `entry`-th report's group.
    pub fn canonical_of(&self, entry: usize) -> usize {
        self.entries[entry].canonical as usize
    }

    /// Matches a report against everything inserted before it, then inserts it.
    /// Returns its copy link, if it is a copy of an earlier report.
    pub fn insert(&mut self, meta: DocMeta, fp: Fingerprint) -> Option<CopyLink> {
        let prepared = self.params.prepare(fp);
        self.insert_prepared(meta, prepared)
    }

    /// [`CopyIndex::insert`] for a fingerprint already prepared with this index's parameters
    /// (which may be done in parallel, away from the index).
    pub fn insert_prepared(&mut self, meta: DocMeta, fp: Prepared) -> Option<CopyLink> {
        let idx = self.entries.len() as u32;
        let Prepared {
            shingles,
            anchors,
            sampled,
            exact,
            ident,
            lead,
            day,
        } = fp;
        let mut best: Option<(usize, Similarity)> = None;
        let exact_match = self
            .exact
            .get(&exact)
            .filter(|_| exact != EMPTY_TEXT)
            .copied();
        let search = exact_match.is_none() && !shingles.is_empty();
        // Shared anchors per earlier report, counted in a reused array (a slot per report)
        // with the list of slots touched, cleared again below.
        self.counts.resize(self.entries.len(), 0);
        let mut touched = std::mem::take(&mut self.touched);
        // Anchors shared by too many reports are common phrases (templates, boilerplate the
        // cleaner missed): they are evidence neither way, so they also leave the estimate's
        // denominator.
        let mut common = 0u32;
        for &(a, is_sampled) in &anchors {
            // One probe of the anchor table per anchor: read the earlier postings' head and
            // put this report's posting in front of them (the table is far larger than the
            // caches, so each probe is a likely miss). Anchors are distinct (see `prepare`),
            // so a report never meets its own posting.
            let head = self.heads.entry(a).or_insert((NO_POSTING, 0));
            let (mut p, n) = *head;
            self.postings.push(Posting { doc: idx, next: p });
            *head = (self.postings.len() as u32 - 1, n + 1);
            if !search || n == 0 {
                continue;
            }
            if n as usize > self.params.max_postings {
                common += u32::from(is_sampled);
                continue;
            }
            while p != NO_POSTING {
                let posting = self.postings[p as usize];
                let slot = &mut self.counts[posting.doc as usize];
                if *slot == 0 {
                    touched.push(posting.doc);
                }
                *slot += 1;
                p = posting.next;
            }
        }
        let counts: Vec<(u32, u32)> = touched
            .drain(..)
            .map(|d| (d, std::mem::take(&mut self.counts[d as usize])))
            .collect();
        self.touched = touched;
        if let Some(e) = exact_match {
            let full = Similarity {
                shared: shingles.len(),
                containment: 1.0,
                jaccard: 1.0,
            };
            best = Some((e as usize, full));
        } else if search {
            // Shared anchors estimate containment (anchors are a fixed sample of shingles):
            // verify only candidates whose estimate is within reach of the threshold, best
            // first, and stop once the estimates fall well below the best verified match.
            let mine = sampled.saturating_sub(common).max(1) as f32;
            let mut cands: Vec<(u32, f32)> = counts
                .into_iter()
                .filter(|&(_, c)| c >= 2)
                .map(|(d, c)| {
                    (
                        d,
                        c as f32 / mine.min(self.entries[d as usize].sampled.max(1) as f32),
                    )
                })
                .filter(|&(_, est)| est >= CANDIDATE_SLACK * self.params.min_containment)
                .collect();
            cands.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            for (d, est) in cands.into_iter().take(64) {
                if best
                    .as_ref()
                    .is_some_and(|(_, b)| est < b.containment - 0.25)
                {
                    break;
                }
                let other = &self.entries[d as usize];
                let sim = similarity(&shingles, &other.shingles);
                let needed = self
                    .params
                    .min_shared
                    .min(shingles.len().min(other.shingles.len()));
                if sim.containment >= self.params.min_containment
                    && sim.shared >= needed
                    && same_identity(&ident, &other.ident)
                    && (sim.containment >= LEAD_FREE_CONTAINMENT || same_lead(&lead, &other.lead))
                    && days_apart(day, other.day) <= MAX_DATELINE_DAYS
                    // A match with no dateline of its own does not carry a report into a
                    // group whose canonical report is dated weeks away (a template's fills
                    // joined through an undated copy of one of them).
                    && days_apart(day, self.entries[other.canonical as usize].day)
                        <= MAX_DATELINE_DAYS
                {
                    let better = match &best {
                        None => true,
                        Some((bd, bs)) => {
                            sim.containment > bs.containment
                                || (sim.containment == bs.containment && (d as usize) < *bd)
                        }
                    };
                    if better {
                        best = Some((d as usize, sim));
                    }
                }
            }
        }
        let (canonical, link) = match best {
            None => (idx, None),
            Some((matched, _)) => {
                let canonical = self.entries[matched].canonical;
                let can = &self.entries[canonical as usize];
                let sim = similarity(&shingles, &can.shingles);
                let relation = self.relation(&meta, exact, shingles.len(), can, sim);
                let link = CopyLink {
                    report: meta.id.clone(),
                    canonical: can.meta.id.clone(),
                    relation,
                    containment: sim.containment,
                    jaccard: sim.jaccard,
                };
                (canonical, Some(link))
            }
        };
        self.exact.entry(exact).or_insert(idx);
        self.entries.push(Entry {
            meta,
            shingles,
            exact,
            ident,
            lead,
            day,
            sampled,
            canonical,
        });
        link
    }

    fn relation(
        &self,
        meta: &DocMeta,
        exact: u64,
        size: usize,
        can: &Entry,
        sim: Similarity,
    ) -> Relation {
        if exact == can.exact {
            return Relation::Exact;
        }
        let same_outlet = same_text_field(&meta.url, &can.meta.url)
            || same_text_field(&meta.source, &can.meta.source)
            || matches!((&meta.title, &can.meta.title), (Some(a), Some(b)) if title_stem(a) == title_stem(b) && !title_stem(a).is_empty());
        if same_outlet && sim.jaccard < 0.98 {
            return Relation::Update;
        }
        let large = can.shingles.len();
        if size < large
            && (size as f32) < self.params.excerpt_ratio * large as f32
            && sim.containment >= 0.8
        {
            return Relation::Excerpt;
        }
        Relation::Syndicated
    }
}

/// What changed between two versions of a body, sentence by sentence: the sentences only in
/// `newer`, and those only in `older` (in their order). For showing updates and copies.
pub fn sentence_diff(older: &str, newer: &str) -> (Vec<String>, Vec<String>) {
    let split = |t: &str| -> Vec<String> {
        t.split_inclusive(['.', '!', '?'])
            .map(|s| s.trim().to_string())
            .filter(|s| s.len() > 2)
            .collect()
    };
    let (a, b) = (split(older), split(newer));
    let added = b.iter().filter(|s| !a.contains(s)).cloned().collect();
    let removed = a.iter().filter(|s| !b.contains(s)).cloned().collect();
    (added, removed)
}

/// Batch form: reports in the given order, one link (or none) per report.
pub fn find_copies(docs: Vec<(DocMeta, Fingerprint)>, params: CopyParams) -> Vec<Option<CopyLink>> {
    let mut index = CopyIndex::new(params);
    docs.into_iter().map(|(m, f)| index.insert(m, f)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(id: &str) -> DocMeta {
        DocMeta {
            id: id.into(),
            ..Default::default()
        }
    }

    const STORY: &str = "Two men were wounded late Friday when gunfire broke out outside a bakery on Alder Road, police said. Officers found both men on the sidewalk shortly after eleven. One was taken to Mercy Hospital in critical condition and the other was treated at the scene. Detectives are looking for a dark sedan seen leaving the area. Anyone with information is asked to call the tip line. The shooting was the third on Alder Road this year, according to police records.";

    /// [`scan_words`] over a whole text.
    fn for_each_word(text: &str, mut f: impl FnMut(&[u8], WordFlags)) {
        scan_words(text, &mut true, &mut Vec::new(), |w, flags, h| {
            // The hash is the word's, whichever path found it.
            assert_eq!(h, word_hash(&w.to_ascii_lowercase()));
            f(&w.to_ascii_lowercase(), flags)
        });
    }

    /// The plain per-character definition of the word sequence, as the fast scanner must
    /// give it: lower-cased alphanumeric runs, apostrophes dropped, with each word's flags.
    fn flagged_words_by_definition(text: &str) -> Vec<(Vec<u8>, WordFlags)> {
        let mut out = vec![];
        let mut word = String::new();
        let mut flags = WordFlags::default();
        let mut stop = true;
        for c in text.chars() {
            if c.is_alphanumeric() {
                if word.is_empty() {
                    flags = WordFlags {
                        capital: c.is_uppercase(),
                        digit: false,
                        after_stop: stop,
                    };
                }
                flags.digit |= c.is_ascii_digit();
                word.extend(c.to_lowercase());
            } else if c != '\'' && c != '’' {
                if !word.is_empty() {
                    out.push((std::mem::take(&mut word).into_bytes(), flags));
                    stop = false;
                }
                stop |= matches!(c, '.' | '!' | '?' | ':' | '"' | '”');
            }
        }
        if !word.is_empty() {
            out.push((word.into_bytes(), flags));
        }
        out
    }

    fn words_by_definition(text: &str) -> Vec<Vec<u8>> {
        flagged_words_by_definition(text)
            .into_iter()
            .map(|(w, _)| w)
            .collect()
    }

    proptest::proptest! {
        #[test]
        fn the_word_scanner_follows_its_definition(text in "[a-zA-Z0-9 '’.,“”—\\-ÉéßİΣ\n]{0,60}") {
            let mut got = vec![];
            for_each_word(&text, |w, _| got.push(w.to_vec()));
            proptest::prop_assert_eq!(got, words_by_definition(&text));
        }

        #[test]
        fn the_word_flags_follow_their_definition(text in "[a-zA-Z0-9 '’.,:!?\"“”—\\-ÉéßİΣ\n]{0,60}") {
            let mut got = vec![];
            for_each_word(&text, |w, f| got.push((w.to_vec(), f)));
            proptest::prop_assert_eq!(got, flagged_words_by_definition(&text));
        }
    }

    proptest::proptest! {
        #[test]
        fn the_exact_form_follows_its_definition(text in "[a-zA-Z0-9 '’‘.,:!?\"“”—\\-ÉéßİΣ€\n]{0,60}") {
            let mut want = String::new();
            let mut gap = false;
            for c in text.chars() {
                if c == '\'' || c == '’' {
                    continue;
                }
                if c.is_ascii() && !c.is_ascii_alphanumeric() {
                    gap = true;
                    continue;
                }
                if gap && !want.is_empty() {
                    want.push(' ');
                }
                gap = false;
                want.push(c.to_ascii_lowercase());
            }
            proptest::prop_assert_eq!(exact_normal_form(&text), want.into_bytes());
        }
    }

    #[test]
    fn exact_hash_ignores_case_spacing_punctuation_and_apostrophes() {
        let a = text_hash("Officer’s car, on Elm St.\n\nIt burned.");
        assert_eq!(a, text_hash("  officer's CAR on elm st it burned"));
        assert_eq!(a, text_hash("Officers car -- on Elm St... It burned!"));
        assert_ne!(a, text_hash("Officer’s car, on Elm St. It burned down."));
        assert_ne!(text_hash("é"), text_hash("e"));
        assert_ne!(text_hash(""), text_hash("a"));
    }

    #[test]
    fn identity_tokens_are_names_and_numbers_inside_sentences() {
        let a = fingerprint("Police said Dana Cole, 34, was shot on Alder Road.");
        let b = fingerprint("Police said Mark Ruiz, 51, was shot on Birch Lane.");
        let c = fingerprint("police said dana cole, 34, was shot on alder road.");
        // "Police" starts the sentence; Dana, Cole, 34, Alder and Road are identity tokens.
        assert_eq!(a.ident.len(), 5);
        assert_eq!(c.ident.len(), 1);
        assert!(!same_identity(&a.ident, &b.ident));
        assert!(same_identity(&a.ident, &a.ident));
        // Complete (unsampled) sets are compared whole, however their hashes fall.
        assert!(!same_identity(&[1, 2, 3], &[1, u32::MAX - 1, u32::MAX]));
    }

    #[test]
    fn the_word_scanner_on_edge_cases() {
        for text in [
            "",
            "a",
            "A",
            "officer's",
            "officer’s car",
            "'quoted'",
            "“Hello,” she said",
            "x—y",
            "ÉCOLE São",
            "end.",
            "9mm 40-year-old",
        ] {
            let mut got = vec![];
            for_each_word(text, |w, _| got.push(w.to_vec()));
            assert_eq!(got, words_by_definition(text), "{text:?}");
        }
    }

    #[test]
    fn a_text_under_three_unrelated_headlines_is_furniture() {
        let group = [
            Some("Four hurt in Elm Street shooting"),
            Some("Council approves new budget for parks"),
            Some("Elm Street shooting: four hurt, police say"),
        ];
        assert!(!furniture_group(&group, Some(400)));
        let more = [
            group[0],
            group[1],
            group[2],
            Some("Boy, 9, wounded by stray bullet in Riverton"),
        ];
        assert!(furniture_group(&more, Some(400)));
        // Within days, or undated, it is one story under reworded headlines.
        assert!(!furniture_group(&more, Some(3)));
        assert!(!furniture_group(&more, None));
        assert!(!furniture_group(
            &[None, None, None, Some("One")],
            Some(400)
        ));
    }

    #[test]
    fn unrelated_headlines_share_no_words() {
        let u = unrelated_headlines;
        assert!(u(
            Some("Five hurt after youth football game"),
            Some("Bar shooting leaves ten injured")
        ));
        assert!(!u(
            Some("Bar shooting leaves ten injured"),
            Some("Ten injured in bar shooting, police say")
        ));
        assert!(!u(None, Some("Bar shooting leaves ten injured")));
    }

    #[test]
    fn fingerprint_values_are_pinned() {
        // Pinned so that a change of the hashes is deliberate: runs on different machines or
        // versions compare the same values. Nothing stored depends on them (the store keeps
        // texts and fingerprints them again on every fold); changed 2026-12-02 with the word
        // and shingle hashes (one mix per shingle, a case-folding word hash).
        let fp = fingerprint("One two three four five six");
        assert_eq!(fp.words, 6);
        assert_eq!(fp.shingles.len(), 2);
        assert_eq!(
            fp.exact,
            fingerprint("ONE two, three... four five six").exact
        );
        assert_eq!(
            fp.shingles,
            vec![10_034_672_790_518_609_183, 14_956_007_968_103_390_049]
        );
    }

    #[test]
    fn header_and_footer_changes_are_syndicated_copies() {
        let copy = format!(
            "Breaking from the Valley Courier newsroom today. {STORY} Copyright 2025 Valley Courier. Sign up for alerts."
        );
        let links = find_copies(
            vec![
                (meta("a"), fingerprint(STORY)),
                (meta("b"), fingerprint(&copy)),
            ],
            CopyParams::default(),
        );
        let l = links[1].as_ref().expect("copy found");
        assert_eq!(l.canonical, "a");
        assert_eq!(l.relation, Relation::Syndicated);
        assert!(l.containment > 0.95, "{l:?}");
    }

    #[test]
    fn excerpt_and_exact() {
        let excerpt: String = STORY.split(". ").take(3).collect::<Vec<_>>().join(". ");
        let links = find_copies(
            vec![
                (meta("a"), fingerprint(STORY)),
                (meta("b"), fingerprint(&excerpt)),
                (meta("c"), fingerprint(STORY)),
            ],
            CopyParams::default(),
        );
        assert_eq!(links[0], None);
        assert_eq!(links[1].as_ref().unwrap().relation, Relation::Excerpt);
        assert_eq!(links[2].as_ref().unwrap().relation, Relation::Exact);
    }

    #[test]
    fn different_stories_are_not_copies() {
        let other = "A kitchen fire damaged a two-story home on Birch Lane early Sunday, fire officials said. No one was hurt. The family of four escaped after a smoke alarm sounded. Crews had the blaze under control within twenty minutes. The cause is under investigation.";
        let links = find_copies(
            vec![
                (meta("a"), fingerprint(STORY)),
                (meta("b"), fingerprint(other)),
            ],
            CopyParams::default(),
        );
        assert_eq!(links[1], None);
    }

    /// A fictional template brief: the same wording filled with another issuer and terms.
    fn bond_brief(issuer: &str, amount: u32, due: &str, coupon: &str, price: &str) -> String {
        format!(
            "{issuer} is issuing a {amount} mln dlr bond due {due} paying {coupon} pct and priced at {price} pct, lead manager Harbor Street Securities said. The non-callable bond is available in denominations of 1,000 and 10,000 dlrs and will be listed in Lakeport. Fees comprise 1-1/4 pct selling concession and 5/8 pct for management and underwriting combined. Payment date is set for the end of the month and the bond will be sold to institutional investors. Interest is paid on June 30 and December 31 of each year from 2026 to 2031, the Lakeport Exchange said, and the Harbor Street Securities desk in Lakeport told the Lakeport Financial Review that Westbury Trust and Quayside Bank will act as paying agents."
        )
    }

    #[test]
    fn one_template_filled_twice_is_not_a_copy() {
        let a = bond_brief(
            "Norvale Power Corp",
            75,
            "April 16, 1992",
            "8-1/4",
            "101-3/8",
        );
        let b = bond_brief(
            "Castellan Mills Ltd",
            40,
            "May 15, 1993",
            "9-1/2",
            "100-7/8",
        );
        let (fa, fb) = (fingerprint(&a), fingerprint(&b));
        let sim = similarity(&fa.shingles, &fb.shingles);
        // Most of the wording, names and numbers are shared: only the lead tells them apart.
        assert!(sim.containment >= 0.5, "{sim:?}");
        assert!(same_identity(&fa.ident, &fb.ident));
        assert!(!same_lead(&fa.lead, &fb.lead));
        let links = find_copies(
            vec![(meta("a"), fa), (meta("b"), fb)],
            CopyParams::default(),
        );
        assert_eq!(links[1], None);
        // The same brief republished with a changed tail is still a copy.
        let c = format!("{a} Trading in the bond starts next week.");
        let links = find_copies(
            vec![(meta("a"), fingerprint(&a)), (meta("c"), fingerprint(&c))],
            CopyParams::default(),
        );
        assert!(links[1].is_some());
    }

    #[test]
    fn the_same_numbers_are_needed_beyond_the_lead() {
        // Shared names throughout, other amounts throughout: a weekly auction's two notices.
        let week = |bills: &str, rate: &str, paydown: &str, day: &str| {
            format!(
                "The Harlow Treasury said it will sell {bills} billion dlrs of three and six-month bills at its regular auction next week. The {day} sale, to be evenly divided between the three and six month issues, will result in a paydown of {paydown} billion dlrs. The bills will be dated {day} and the last average rate was {rate} pct. Tenders are due at the Harlow Reserve Bank and its branches by noon on the day of the sale, the Treasury said in its weekly notice."
            )
        };
        let a = fingerprint(&week("12.8", "5.54", "1.25", "March 30"));
        let b = fingerprint(&week("13.2", "5.61", "2.45", "April 13"));
        let links = find_copies(vec![(meta("a"), a), (meta("b"), b)], CopyParams::default());
        assert_eq!(links[1], None);
    }

    #[test]
    fn datelines_weeks_apart_are_other_stories() {
        let later = format!("{STORY} No arrests have been made.");
        let on = |text: &str, day: Option<[u8; 2]>| {
            let mut fp = fingerprint(text);
            fp.day = day;
            fp
        };
        let find = |a: Option<[u8; 2]>, b: Option<[u8; 2]>| {
            let docs = vec![(meta("a"), on(STORY, a)), (meta("b"), on(&later, b))];
            find_copies(docs, CopyParams::default()).pop().flatten()
        };
        assert_eq!(find(Some([3, 2]), Some([3, 30])), None);
        assert!(find(Some([3, 2]), Some([3, 3])).is_some());
        assert!(find(Some([12, 31]), Some([1, 2])).is_some());
        assert!(find(Some([3, 2]), None).is_some());
        // An undated copy of the first does not carry a third, dated weeks later, into the
        // first one's group.
        let undated_copy = format!("{STORY} No arrests have been made yet.");
        let docs = vec![
            (meta("a"), on(STORY, Some([3, 2]))),
            (meta("b"), on(&undated_copy, None)),
            (meta("c"), on(&later, Some([3, 30]))),
        ];
        let links = find_copies(docs, CopyParams::default());
        assert!(links[1].is_some());
        assert_eq!(links[2], None);
    }

    #[test]
    fn sentence_diff_lists_what_changed() {
        let (added, removed) = sentence_diff(
            "A man was hurt. Police are looking for a car.",
            "A man died. Police are looking for a car. He was 31.",
        );
        assert_eq!(added, vec!["A man died.", "He was 31."]);
        assert_eq!(removed, vec!["A man was hurt."]);
    }

    #[test]
    fn same_url_revision_is_an_update() {
        let newer = format!(
            "{STORY} Police identified one of the victims as Luis Ortega, 31, who died Saturday."
        );
        let a = DocMeta {
            url: Some("https://x.example/a".into()),
            ..meta("a")
        };
        let b = DocMeta {
            url: Some("https://x.example/a".into()),
            ..meta("b")
        };
        let links = find_copies(
            vec![(a, fingerprint(STORY)), (b, fingerprint(&newer))],
            CopyParams::default(),
        );
        assert_eq!(links[1].as_ref().unwrap().relation, Relation::Update);
    }
}
