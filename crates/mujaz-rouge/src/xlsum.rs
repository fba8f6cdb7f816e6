//! `xlsum` compatibility: the XL-Sum `multilingual_rouge` scorer called as
//! `RougeScorer(types, use_stemmer=True, lang="arabic")`, reproduced exactly: lowercasing,
//! BERT-style cleaning and punctuation splitting, OpenNMT "aggressive" pre-tokenization,
//! and NLTK's Arabic Snowball stemmer (ported here, quirks included) applied to tokens of
//! more than three characters, with NLTK's Arabic stop words left unstemmed.
//!
//! The stop-word list is NLTK data, read at run time from `--nltk-data DIR`, `$NLTK_DATA`,
//! `~/nltk_data` or the usual system locations.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

use rustc_hash::{FxHashMap, FxHashSet};
use unicode_general_category::{get_general_category, GeneralCategory as G};

use crate::{lcs_len, rouge_n, summary_lcs, Prf, Score};

/// Where NLTK looks for its data, in order (after an explicit directory).
fn nltk_dirs(explicit: Option<&Path>) -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    if let Some(d) = explicit {
        dirs.push(d.to_path_buf());
        return dirs;
    }
    if let Ok(v) = std::env::var("NLTK_DATA") {
        dirs.extend(std::env::split_paths(&v));
    }
    if let Some(home) = std::env::var_os("HOME") {
        dirs.push(PathBuf::from(home).join("nltk_data"));
    }
    for d in [
        "/usr/share/nltk_data",
        "/usr/local/share/nltk_data",
        "/usr/lib/nltk_data",
        "/usr/local/lib/nltk_data",
    ] {
        dirs.push(PathBuf::from(d));
    }
    dirs
}

/// Load NLTK's Arabic stop words.
pub fn load_nltk_arabic_stopwords(explicit: Option<&Path>) -> Result<FxHashSet<String>, String> {
    let dirs = nltk_dirs(explicit);
    for d in &dirs {
        let f = d.join("corpora").join("stopwords").join("arabic");
        if let Ok(raw) = std::fs::read_to_string(&f) {
            return Ok(raw
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_string)
                .collect());
        }
    }
    Err(format!(
        "NLTK's Arabic stop-word list (corpora/stopwords/arabic) was not found in {}; \
         pass --nltk-data DIR or set NLTK_DATA (python -m nltk.downloader stopwords installs it)",
        dirs.iter()
            .map(|d| d.display().to_string())
            .collect::<Vec<_>>()
            .join(", ")
    ))
}

type W = Vec<char>;

fn sw(w: &[char], p: &str) -> bool {
    let mut it = w.iter();
    p.chars().all(|c| it.next() == Some(&c))
}

fn ew(w: &[char], s: &str) -> bool {
    let n = s.chars().count();
    w.len() >= n && sw(&w[w.len() - n..], s)
}

fn clen(s: &str) -> usize {
    s.chars().count()
}

/// NLTK's `SnowballStemmer("arabic", ignore_stopwords=True)`, ported step by step. Like the
/// original, one flag (`suffixes_verb_step1_success`) is never reset between words: it
/// sticks once set, so a stemmer's output depends on the words it stemmed before. The port
/// keeps that state to match a Python scorer that scores pairs in the same order.
#[derive(Debug)]
pub struct NltkArabicStemmer {
    stopwords: FxHashSet<String>,
    verb_step1_sticky: AtomicBool,
    /// Stems computed once the sticky flag is set (from then on stemming is a pure
    /// function of the word).
    cache: Mutex<FxHashMap<String, String>>,
}

#[derive(Default)]
struct Flags {
    is_verb: bool,
    is_noun: bool,
    is_defined: bool,
    verb_step1: bool,
    verb_step2a: bool,
    verb_step2b: bool,
    noun_step2c2: bool,
    noun_step1a: bool,
    noun_step2a: bool,
    noun_step2b: bool,
    noun_step1b: bool,
    prefix_step2a: bool,
    prefix_step3a_noun: bool,
    prefix_step3b_noun: bool,
}

const ARTICLES_3: [&str; 2] = ["كال", "بال"];
const ARTICLES_2: [&str; 2] = ["ال", "لل"];

impl NltkArabicStemmer {
    /// A stemmer with the given stop words.
    pub fn new(stopwords: FxHashSet<String>) -> Self {
        NltkArabicStemmer {
            stopwords,
            verb_step1_sticky: AtomicBool::new(false),
            cache: Mutex::new(FxHashMap::default()),
        }
    }

    /// Reset the sticky flag (a fresh Python stemmer).
    pub fn reset(&self) {
        self.verb_step1_sticky.store(false, Ordering::Relaxed);
        if let Ok(mut c) = self.cache.lock() {
            c.clear();
        }
    }

    fn normalize_pre(w: &str) -> W {
        // The original character classes are written with stray hyphens, so '-' goes too.
        w.chars()
            .filter(|&c| {
                !matches!(c, '\u{064B}'..='\u{0652}' | '\u{0640}' | '-' | '\u{060C}'..='\u{061B}' | '\u{061F}')
            })
            .collect()
    }

    fn normalize_post(mut w: W) -> W {
        if let Some(last) = w.last_mut() {
            if matches!(*last, 'أ' | 'إ' | 'آ' | 'ؤ' | 'ئ') {
                *last = 'ء';
            }
        }
        if let Some(first) = w.first_mut() {
            if matches!(*first, 'آ' | 'أ' | 'إ') {
                *first = 'ا';
            }
        }
        for c in w.iter_mut() {
            *c = match *c {
                'ؤ' => 'و',
                'ئ' => 'ي',
                'أ' | 'آ' | 'إ' => 'ا',
                x => x,
            };
        }
        w
    }

    fn checks(w: &[char], f: &mut Flags) {
        for p in ["كال", "بال", "ال", "لل"] {
            if sw(w, p) {
                if ARTICLES_3.contains(&p) && w.len() > 4 {
                    f.is_noun = true;
                    f.is_verb = false;
                    f.is_defined = true;
                    break;
                }
                if ARTICLES_2.contains(&p) && w.len() > 3 {
                    f.is_noun = true;
                    f.is_verb = false;
                    f.is_defined = true;
                    break;
                }
            }
        }
        for s in ["ة", "ات"] {
            if ew(w, s) {
                if s == "ة" && w.len() > 2 {
                    f.is_noun = true;
                    f.is_verb = false;
                    break;
                }
                if s == "ات" && w.len() > 3 {
                    f.is_noun = true;
                    f.is_verb = false;
                    break;
                }
            }
        }
    }

    fn cut(w: W, n: usize) -> W {
        w[..w.len() - n].to_vec()
    }

    /// The first listed suffix `w` ends with, cut when `w` keeps enough letters: one-,
    /// two- and three-letter suffixes need words of at least 4, 5 and 6 letters. Both the
    /// verb step 1 and the noun step 1a of NLTK follow this rule.
    fn cut_pronoun(w: W, suffixes: &[&str], success: &mut bool) -> W {
        for s in suffixes {
            if ew(&w, s) {
                let n = clen(s);
                if w.len() >= n + 3 {
                    *success = true;
                    return Self::cut(w, n);
                }
            }
        }
        w
    }

    fn suffix_verb_step1(w: W, f: &mut Flags) -> W {
        const S: [&str; 12] = [
            "ه", "ك", "ني", "نا", "ها", "هم", "هن", "كم", "كن", "هما", "كما", "كمو",
        ];
        Self::cut_pronoun(w, &S, &mut f.verb_step1)
    }

    fn suffix_verb_step2a(w: W, f: &mut Flags) -> W {
        for s in [
            "ت", "ا", "ن", "ي", "نا", "تا", "تن", "ان", "ون", "ين", "تما",
        ] {
            if ew(&w, s) && w.len() > 3 {
                if s == "ت" && w.len() >= 4 {
                    f.verb_step2a = true;
                    return Self::cut(w, 1);
                }
                if matches!(s, "ا" | "ن" | "ي") && w.len() >= 4 {
                    f.verb_step2a = true;
                    return Self::cut(w, 1);
                }
                if matches!(s, "نا" | "تا" | "تن") && w.len() >= 5 {
                    f.verb_step2a = true;
                    return Self::cut(w, 2);
                }
                if matches!(s, "ان" | "ون" | "ين") && w.len() > 5 {
                    f.verb_step2a = true;
                    return Self::cut(w, 2);
                }
                if s == "تما" && w.len() >= 6 {
                    f.verb_step2a = true;
                    return Self::cut(w, 3);
                }
            }
        }
        w
    }

    fn suffix_verb_step2c(w: W) -> W {
        for s in ["و", "تمو"] {
            if ew(&w, s) {
                if s == "تمو" && w.len() >= 6 {
                    return Self::cut(w, 3);
                }
                if s == "و" && w.len() >= 4 {
                    return Self::cut(w, 1);
                }
            }
        }
        w
    }

    fn suffix_verb_step2b(w: W, f: &mut Flags) -> W {
        for s in ["وا", "تم"] {
            if ew(&w, s) && w.len() >= 5 {
                f.verb_step2b = true;
                return Self::cut(w, 2);
            }
        }
        w
    }

    fn suffix_noun_step2c2(w: W, f: &mut Flags) -> W {
        if ew(&w, "ة") && w.len() >= 3 {
            f.noun_step2c2 = true;
            return Self::cut(w, 1);
        }
        w
    }

    fn suffix_noun_step1a(w: W, f: &mut Flags) -> W {
        const S: [&str; 10] = ["ي", "ك", "ه", "نا", "كم", "ها", "هن", "هم", "كما", "هما"];
        Self::cut_pronoun(w, &S, &mut f.noun_step1a)
    }

    fn suffix_noun_step2a(w: W, f: &mut Flags) -> W {
        for s in ["ا", "ي", "و"] {
            if ew(&w, s) && w.len() > 4 {
                f.noun_step2a = true;
                return Self::cut(w, 1);
            }
        }
        w
    }

    fn suffix_noun_step2b(w: W, f: &mut Flags) -> W {
        // NLTK iterates the string "ات" character by character: a final ا or ت, then two
        // characters are cut.
        if (ew(&w, "ا") || ew(&w, "ت")) && w.len() >= 5 {
            f.noun_step2b = true;
            return Self::cut(w, 2);
        }
        w
    }

    /// Steps 2a, then 2b if 2a did nothing, then 2c1 if neither did (NLTK repeats this
    /// sequence in two branches).
    fn suffix_noun_step2(w: W, f: &mut Flags) -> W {
        let mut w = Self::suffix_noun_step2a(w, f);
        if !f.noun_step2a {
            w = Self::suffix_noun_step2b(w, f);
        }
        if !f.noun_step2b && !f.noun_step2a {
            w = Self::suffix_noun_step2c1(w);
        }
        w
    }

    fn suffix_noun_step2c1(w: W) -> W {
        if ew(&w, "ت") && w.len() >= 4 {
            return Self::cut(w, 1);
        }
        w
    }

    fn suffix_noun_step1b(w: W, f: &mut Flags) -> W {
        if ew(&w, "ن") && w.len() > 5 {
            f.noun_step1b = true;
            return Self::cut(w, 1);
        }
        w
    }

    fn suffix_noun_step3(w: W) -> W {
        if ew(&w, "ي") && w.len() >= 3 {
            return Self::cut(w, 1);
        }
        w
    }

    fn suffix_all_alef_maqsura(mut w: W) -> W {
        if w.last() == Some(&'ى') {
            *w.last_mut().expect("non-empty") = 'ي';
        }
        w
    }

    fn replace_prefix(w: &[char], n: usize, with: &str) -> W {
        let mut out: W = with.chars().collect();
        out.extend_from_slice(&w[n..]);
        out
    }

    fn prefix_step1(w: W) -> W {
        for p in ["أ", "أأ", "أآ", "أؤ", "أا", "أإ"] {
            if sw(&w, p) && w.len() > 3 {
                let rep = match p {
                    "أأ" => "أ",
                    "أآ" => "آ",
                    "أؤ" => "ؤ",
                    "أا" => "ا",
                    "أإ" => "إ",
                    _ => continue,
                };
                return Self::replace_prefix(&w, 2, rep);
            }
        }
        w
    }

    fn prefix_step2a(w: W, f: &mut Flags) -> W {
        for p in ["فال", "وال"] {
            if sw(&w, p) && w.len() > 5 {
                f.prefix_step2a = true;
                return w[3..].to_vec();
            }
        }
        w
    }

    fn prefix_step2b(w: W) -> W {
        for p in ["ف", "و"] {
            if sw(&w, p) && w.len() > 3 && !(sw(&w, "وا") || sw(&w, "فا")) {
                return w[1..].to_vec();
            }
        }
        w
    }

    fn prefix_step3a_noun(w: W, f: &mut Flags) -> W {
        for p in ["ال", "لل", "كال", "بال"] {
            if sw(&w, p) {
                if ARTICLES_2.contains(&p) && w.len() > 4 {
                    f.prefix_step3a_noun = true;
                    return w[2..].to_vec();
                }
                if ARTICLES_3.contains(&p) && w.len() > 5 {
                    return w[3..].to_vec();
                }
            }
        }
        w
    }

    fn prefix_step3b_noun(w: W, f: &mut Flags) -> W {
        for p in ["ب", "ك", "ل", "بب", "كك"] {
            if sw(&w, p) {
                if w.len() > 3 {
                    if p == "ب" {
                        f.prefix_step3b_noun = true;
                        return w[1..].to_vec();
                    }
                    if matches!(p, "بب" | "كك") {
                        f.prefix_step3b_noun = true;
                        let second: String = p.chars().skip(1).collect();
                        return Self::replace_prefix(&w, 2, &second);
                    }
                }
                if matches!(p, "ك" | "ل") && w.len() > 4 {
                    f.prefix_step3b_noun = true;
                    return w[1..].to_vec();
                }
            }
        }
        w
    }

    fn prefix_step3_verb(w: W) -> W {
        for p in ["سي", "ست", "سن", "سأ"] {
            if sw(&w, p) && w.len() > 4 {
                let second: String = p.chars().skip(1).collect();
                return Self::replace_prefix(&w, 2, &second);
            }
        }
        w
    }

    fn prefix_step4_verb(w: W, f: &mut Flags) -> W {
        for p in ["يست", "نست", "تست"] {
            if sw(&w, p) && w.len() > 4 {
                f.is_verb = true;
                f.is_noun = false;
                return Self::replace_prefix(&w, 3, "است");
            }
        }
        w
    }

    /// Stem one word exactly as NLTK does.
    pub fn stem(&self, word: &str) -> String {
        let sticky = self.verb_step1_sticky.load(Ordering::Relaxed);
        if sticky {
            if let Some(hit) = self.cache.lock().ok().and_then(|c| c.get(word).cloned()) {
                return hit;
            }
        }
        let out = self.stem_uncached(word);
        if sticky {
            if let Ok(mut c) = self.cache.lock() {
                if c.len() < 1_000_000 {
                    c.insert(word.to_string(), out.clone());
                }
            }
        }
        out
    }

    /// True once the never-reset flag is set (from then on stems are pure).
    pub fn is_sticky(&self) -> bool {
        self.verb_step1_sticky.load(Ordering::Relaxed)
    }

    pub(crate) fn stem_uncached(&self, word: &str) -> String {
        let mut f = Flags {
            is_verb: true,
            is_noun: true,
            verb_step1: self.verb_step1_sticky.load(Ordering::Relaxed),
            ..Flags::default()
        };
        let original: W = word.chars().collect();
        Self::checks(&original, &mut f);
        let mut w = Self::normalize_pre(word);
        let s: String = w.iter().collect();
        if self.stopwords.contains(&s) || w.len() <= 2 {
            return s;
        }
        if f.is_verb {
            w = Self::suffix_verb_step1(w, &mut f);
            if f.verb_step1 {
                self.verb_step1_sticky.store(true, Ordering::Relaxed);
                w = Self::suffix_verb_step2a(w, &mut f);
                if !f.verb_step2a {
                    w = Self::suffix_verb_step2c(w);
                }
            } else {
                w = Self::suffix_verb_step2b(w, &mut f);
                if !f.verb_step2b {
                    w = Self::suffix_verb_step2a(w, &mut f);
                }
            }
        }
        if f.is_noun {
            w = Self::suffix_noun_step2c2(w, &mut f);
            if !f.noun_step2c2 {
                if !f.is_defined {
                    w = Self::suffix_noun_step1a(w, &mut f);
                    w = Self::suffix_noun_step2(w, &mut f);
                } else {
                    w = Self::suffix_noun_step1b(w, &mut f);
                    if f.noun_step1b {
                        w = Self::suffix_noun_step2(w, &mut f);
                    } else {
                        if !f.is_defined {
                            w = Self::suffix_noun_step2a(w, &mut f);
                        }
                        w = Self::suffix_noun_step2b(w, &mut f);
                    }
                }
            }
            w = Self::suffix_noun_step3(w);
        }
        if !f.is_noun && f.is_verb {
            w = Self::suffix_all_alef_maqsura(w);
        }
        w = Self::prefix_step1(w);
        w = Self::prefix_step2a(w, &mut f);
        if !f.prefix_step2a {
            w = Self::prefix_step2b(w);
        }
        w = Self::prefix_step3a_noun(w, &mut f);
        if !f.prefix_step3a_noun && f.is_noun {
            w = Self::prefix_step3b_noun(w, &mut f);
        } else if !f.prefix_step3b_noun && f.is_verb {
            w = Self::prefix_step3_verb(w);
            w = Self::prefix_step4_verb(w, &mut f);
        }
        Self::normalize_post(w).into_iter().collect()
    }
}

fn is_control(c: char) -> bool {
    if matches!(c, '\t' | '\n' | '\r') {
        return false;
    }
    if c.is_ascii() {
        return c.is_ascii_control();
    }
    matches!(
        category(c),
        G::Control | G::Format | G::Surrogate | G::PrivateUse | G::Unassigned
    )
}

fn is_whitespace(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r') || (!c.is_ascii() && category(c) == G::SpaceSeparator)
}

fn is_punctuation(c: char) -> bool {
    let cp = c as u32;
    if (33..=47).contains(&cp)
        || (58..=64).contains(&cp)
        || (91..=96).contains(&cp)
        || (123..=126).contains(&cp)
    {
        return true;
    }
    if c.is_ascii() {
        return false;
    }
    matches!(
        category(c),
        G::ConnectorPunctuation
            | G::DashPunctuation
            | G::OpenPunctuation
            | G::ClosePunctuation
            | G::InitialPunctuation
            | G::FinalPunctuation
            | G::OtherPunctuation
    )
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x4E00..=0x9FFF | 0x3400..=0x4DBF | 0x20000..=0x2A6DF | 0x2A700..=0x2B73F
        | 0x2B740..=0x2B81F | 0x2B820..=0x2CEAF | 0xF900..=0xFAFF | 0x2F800..=0x2FA1F)
}

/// BERT's BasicTokenizer as the XL-Sum fork uses it: clean, split on white space, split off
/// (and drop) punctuation.
fn basic_tokenize(text: &str) -> Vec<String> {
    let mut cleaned = String::with_capacity(text.len());
    for c in text.chars() {
        if c == '\0' || c == '\u{FFFD}' || is_control(c) {
            continue;
        }
        cleaned.push(if is_whitespace(c) { ' ' } else { c });
    }
    let mut out = Vec::new();
    for word in cleaned.split_whitespace() {
        let mut cur = String::new();
        for c in word.chars() {
            if is_punctuation(c) {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            } else {
                cur.push(c);
            }
        }
        if !cur.is_empty() {
            out.push(cur);
        }
    }
    out
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Letter,
    Number,
    Other,
    MarkOnly,
}

/// OpenNMT's "aggressive" pre-tokenization of text without punctuation: letters group,
/// numbers group, marks stay with what they follow, anything else stands alone.
#[cfg(test)]
fn aggressive(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        aggressive_into(word, &mut out);
    }
    out
}

/// OpenNMT's "aggressive" pre-tokenization (as the test helper `aggressive` does it for
/// text) of one space-free word, appending slices of it to `out`.
fn aggressive_into<'a>(word: &'a str, out: &mut Vec<&'a str>) {
    let mut start = 0usize;
    let mut class: Option<Class> = None;
    for (i, c) in word.char_indices() {
        let this = match category(c) {
            G::NonspacingMark | G::SpacingMark | G::EnclosingMark => {
                if class.is_some() {
                    continue;
                }
                Class::MarkOnly
            }
            G::UppercaseLetter
            | G::LowercaseLetter
            | G::TitlecaseLetter
            | G::ModifierLetter
            | G::OtherLetter => Class::Letter,
            G::DecimalNumber | G::LetterNumber | G::OtherNumber => Class::Number,
            _ => Class::Other,
        };
        let joins = matches!(
            (class, this),
            (Some(Class::Letter), Class::Letter) | (Some(Class::Number), Class::Number)
        );
        if !joins && i > start {
            out.push(&word[start..i]);
            start = i;
        }
        class = Some(this);
    }
    if start < word.len() {
        out.push(&word[start..]);
    }
}

/// General category, with the Arabic letters answered without a table search.
#[inline]
fn category(c: char) -> G {
    match c {
        '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' => G::OtherLetter,
        '\u{064B}'..='\u{065F}' => G::NonspacingMark,
        '0'..='9' | '\u{0660}'..='\u{0669}' => G::DecimalNumber,
        'a'..='z' => G::LowercaseLetter,
        _ => get_general_category(c),
    }
}

fn cjk_split(tokens: &[&str]) -> Vec<String> {
    let mut spaced = String::new();
    for t in tokens {
        for c in t.chars() {
            if is_cjk(c) {
                spaced.push(' ');
                spaced.push(c);
                spaced.push(' ');
            } else {
                spaced.push(c);
            }
        }
        spaced.push(' ');
    }
    spaced.split_whitespace().map(str::to_string).collect()
}

/// Interned stems, and each token's stem id once it can no longer change.
#[derive(Debug, Default)]
struct Tables {
    ids: FxHashMap<String, u32>,
    by_token: FxHashMap<String, u32>,
}

/// The id of an empty stem (dropped, as Python drops empty tokens).
const EMPTY: u32 = u32::MAX;

/// The XL-Sum scorer for Arabic.
#[derive(Debug)]
pub struct XlsumRouge {
    stemmer: NltkArabicStemmer,
    /// Stemmed tokens are interned, so ROUGE compares integers.
    tables: Mutex<Tables>,
}

impl XlsumRouge {
    /// Build the scorer, reading NLTK's Arabic stop words (see the module docs).
    pub fn new(nltk_data: Option<&Path>) -> Result<Self, String> {
        Ok(Self::with_stopwords(load_nltk_arabic_stopwords(nltk_data)?))
    }

    /// Build the scorer from a stop-word set.
    pub fn with_stopwords(stopwords: FxHashSet<String>) -> Self {
        XlsumRouge {
            stemmer: NltkArabicStemmer::new(stopwords),
            tables: Mutex::new(Tables::default()),
        }
    }

    /// The stemmer (its sticky state included).
    pub fn stemmer(&self) -> &NltkArabicStemmer {
        &self.stemmer
    }

    /// Stem (tokens of more than three characters) and intern; empty stems are dropped.
    fn stem_all<S: AsRef<str>>(&self, tokens: &[S]) -> Vec<u32> {
        let mut tables = self.tables.lock().unwrap_or_else(|e| e.into_inner());
        let Tables { ids, by_token } = &mut *tables;
        let mut out = Vec::with_capacity(tokens.len());
        for t in tokens {
            let t = t.as_ref();
            // Once NLTK's sticky flag is set (and always for short tokens) a token's stem
            // never changes: one lookup gives its id.
            let stable = self.stemmer.is_sticky() || t.chars().count() <= 3;
            if stable {
                if let Some(&id) = by_token.get(t) {
                    if id != EMPTY {
                        out.push(id);
                    }
                    continue;
                }
            }
            let stem = if t.chars().count() > 3 {
                self.stemmer.stem_uncached(t)
            } else {
                t.to_string()
            };
            let id = if stem.is_empty() {
                EMPTY
            } else {
                let next = ids.len() as u32;
                *ids.entry(stem).or_insert(next)
            };
            if stable && by_token.len() < 2_000_000 {
                by_token.insert(t.to_string(), id);
            }
            if id != EMPTY {
                out.push(id);
            }
        }
        out
    }

    /// Token ids for ROUGE-N and ROUGE-L (the MultiTokenizer path).
    pub fn tokens(&self, text: &str) -> Vec<u32> {
        let lower = lowercase(text);
        self.main_tokens(&basic_tokenize(lower.trim()))
    }

    /// The MultiTokenizer path from BERT-cleaned tokens: no Arabic tokenizer is registered,
    /// so the aggressive fallback always runs.
    fn main_tokens(&self, basic: &[String]) -> Vec<u32> {
        let mut toks: Vec<&str> = Vec::with_capacity(basic.len() + 4);
        for b in basic {
            aggressive_into(b, &mut toks);
        }
        if toks.iter().any(|t| t.chars().any(is_cjk)) {
            return self.stem_all(&cjk_split(&toks));
        }
        self.stem_all(&toks)
    }

    /// Tokens per line for ROUGE-Lsum (the plain BasicTokenizer path; lines split at '\n').
    fn lsum_tokens(&self, text: &str, single_line_basic: &[String]) -> Vec<Vec<u32>> {
        if !text.contains('\n') {
            // One line: the same BERT tokens as the main path.
            return if text.is_empty() {
                Vec::new()
            } else {
                vec![self.stem_all(single_line_basic)]
            };
        }
        text.split('\n')
            .filter(|s| !s.is_empty())
            .map(|s| self.stem_all(&basic_tokenize(&lowercase(s))))
            .collect()
    }

    /// Score like `RougeScorer(["rouge1","rouge2","rougeL","rougeLsum"], use_stemmer=True,
    /// lang="arabic").score(reference, candidate)`; ROUGE-Lsum splits sentences at newlines.
    pub fn score(&self, reference: &str, candidate: &str) -> Score {
        let (lr, lc) = (lowercase(reference), lowercase(candidate));
        let (br, bc) = (basic_tokenize(lr.trim()), basic_tokenize(lc.trim()));
        // Stemming order matters for the stemmer's sticky flag: as in Python, target then
        // prediction for ROUGE-N/L, then the same for ROUGE-Lsum.
        let r = self.main_tokens(&br);
        let c = self.main_tokens(&bc);
        let rs = self.lsum_tokens(reference, &br);
        let cs = self.lsum_tokens(candidate, &bc);
        let l = lcs_len(&r, &c);
        Score {
            rouge1: rouge_n(&r, &c, 1),
            rouge2: rouge_n(&r, &c, 2),
            rouge_l: prf(l, c.len(), r.len()),
            rouge_lsum: summary_lcs(&rs, &cs),
            empty: r.is_empty() || c.is_empty(),
        }
    }
}

/// Python's `str.lower()`; text with nothing to lowercase (Arabic, lowercase ASCII) is
/// borrowed.
fn lowercase(s: &str) -> std::borrow::Cow<'_, str> {
    let plain = s
        .bytes()
        .all(|b| !b.is_ascii_uppercase() && (b < 0xC0 || (0xD8..=0xDB).contains(&b)));
    if plain {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(s.to_lowercase())
    }
}

fn prf(overlap: usize, cand: usize, refn: usize) -> Prf {
    crate::Prf::from_counts(overlap, cand, refn)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stop() -> FxHashSet<String> {
        ["في", "من", "على", "إلى"]
            .iter()
            .map(|s| s.to_string())
            .collect()
    }

    #[test]
    fn stemmer_examples() {
        // Expected values produced by NLTK 3.10's SnowballStemmer("arabic") on these words
        // (fresh stemmer, in this order).
        let s = NltkArabicStemmer::new(stop());
        for (w, want) in [
            ("والمساعدات", "مساعد"),
            ("المساعدات", "مساعد"),
            ("بالمساعدات", "مساعد"),
            ("الخارجية", "خارج"),
            ("الولايات", "ولا"),
            ("وزير", "زير"),
            ("في", "في"),
            ("سويا", "سو"),
        ] {
            assert_eq!(s.stem(w), want, "{w}");
        }
    }

    #[test]
    fn tokenization_paths() {
        assert_eq!(
            basic_tokenize("قال: «نعم»، و3.5%"),
            ["قال", "نعم", "و3", "5"]
        );
        assert_eq!(
            aggressive("كورونا19 ab٣ x²y ©©"),
            ["كورونا", "19", "ab", "٣", "x", "²", "y", "©", "©"]
        );
        assert_eq!(aggressive("\u{0651}abc"), ["\u{0651}", "abc"]);
    }

    #[test]
    fn scores_identical_text_one() {
        let x = XlsumRouge::with_stopwords(stop());
        let s = x.score("وزير الخارجية الأمريكي", "وزير الخارجية الأمريكي");
        assert_eq!(s.rouge1.f, 1.0);
        assert_eq!(s.rouge_lsum.f, 1.0);
    }

    #[test]
    fn missing_nltk_data_is_a_clear_error() {
        let dir = std::env::temp_dir().join("mujaz-no-nltk-here");
        let e = XlsumRouge::new(Some(&dir)).unwrap_err();
        assert!(e.contains("corpora/stopwords/arabic"), "{e}");
    }
}
