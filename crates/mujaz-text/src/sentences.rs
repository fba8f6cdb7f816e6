//! Sentence splitting for Arabic news text.
//!
//! Rules, in order of precedence:
//! - a sentence ends at `. ! ? ؟ ۔ …` (a run like `؟!` or `...` stays together) when white
//!   space or the end of the text follows, and at a line break;
//! - it never ends at `،` or `؛`, nor at a `.` followed directly by a letter or digit
//!   (`3.5`, URLs, e-mails, `أ.ف.ب`, `ص.ب`), nor after a one-letter word or a known
//!   abbreviation (`د.`, `م.`, `Dr.`), nor after a bare list number (`1.`);
//! - a ` .. ` elision with white space on both sides does not end a sentence, nor do two dots
//!   followed by a space (`مصر.. دور العرض`, a pause in Arabic news) unless a line ends there;
//! - closing quotes and brackets right after the terminator belong to the sentence;
//! - a line ending in a dash or colon (a dateline such as `واشنطن (رويترز) -` or a line
//!   introducing a quote), or a short line ending in an agency tag, joins the next line —
//!   unless that line runs on for about a hundred words without a terminator (a table).
//!
//! Spans are trimmed of white space and invisible controls (direction marks, zero-width
//! space, BOM; ZWNJ and ZWJ stay with their word), in order, disjoint, and cover every other
//! byte of the input exactly once.
//!
//! ```
//! use mujaz_text::sentences;
//!
//! let text = "قال د. أحمد إن النمو بلغ 3.5 في المئة. هل يستمر؟! لا أحد يعلم";
//! let s: Vec<&str> = sentences(text).map(|s| s.text).collect();
//! assert_eq!(s, vec![
//!     "قال د. أحمد إن النمو بلغ 3.5 في المئة.",
//!     "هل يستمر؟!",
//!     "لا أحد يعلم",
//! ]);
//! ```

use crate::chars::{is_blank, is_closer, is_digit, is_line_break, is_terminator};

/// A sentence: a slice of the text with its byte span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence<'a> {
    /// The sentence text, `&source[start..end]`, trimmed.
    pub text: &'a str,
    /// Byte offset of its first character.
    pub start: usize,
    /// Byte offset one past its last character.
    pub end: usize,
}

/// Iterator over the sentences of a text; see [`sentences`].
#[derive(Clone, Debug)]
pub struct Sentences<'a> {
    text: &'a str,
    pos: usize,
}

/// Split `text` into sentences.
pub fn sentences(text: &str) -> Sentences<'_> {
    Sentences { text, pos: 0 }
}

/// Abbreviations (without the dot) after which a `.` does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "Inc", "Ltd", "Co", "Corp", "vs", "etc",
    "No", "Gen", "Col", "Lt", "Sgt", "Rev", "Gov", "Sen", "Rep", "Capt", "Maj", "Mt", "Jan", "Feb",
    "Aug", "Sept", "Oct", "Nov", "Dec", "cf", "e.g", "i.e", "approx", "dept", "est", "هـ", "ق.م",
    "ص.ب", "أ.د", "م.م",
];

/// How far (in bytes, about 100 Arabic words) a line joined to the one before it may run
/// without a terminator.
const RUN_ON_BYTES: usize = 1200;

fn is_space(c: char) -> bool {
    c.is_whitespace()
}

impl<'a> Sentences<'a> {
    /// Emit `[start, end)` trimmed, or nothing if it is all white space and invisible
    /// controls.
    fn trimmed(&self, start: usize, end: usize) -> Option<Sentence<'a>> {
        let raw = &self.text[start..end];
        // Invisible controls go like white space: a line holding only a direction mark is
        // no sentence.
        let lead = raw.len() - raw.trim_start_matches(is_blank).len();
        let body = raw.trim_matches(is_blank);
        if body.is_empty() {
            return None;
        }
        let s = start + lead;
        Some(Sentence {
            text: body,
            start: s,
            end: s + body.len(),
        })
    }

    /// The word right before byte `at` (letters, digits, dots and tatweel), without spaces.
    fn word_before(&self, at: usize) -> &'a str {
        let head = &self.text[..at];
        let begin = head
            .char_indices()
            .rev()
            .find(|&(_, c)| {
                !(crate::chars::is_arabic_letter(c)
                    || c.is_alphanumeric()
                    || c == '.'
                    || c == '\u{0640}')
            })
            .map(|(i, c)| i + c.len_utf8())
            .unwrap_or(0);
        &head[begin..]
    }

    /// Does the terminator run `[run_start, run_end)` end the sentence begun at `sent_start`?
    fn ends_sentence(&self, sent_start: usize, run_start: usize, run_end: usize) -> bool {
        let text = self.text;
        let run = &text[run_start..run_end];
        let next = text[run_end..].chars().next();
        let prev = text[..run_start].chars().next_back();
        match next {
            None => {}
            Some(c) if is_space(c) || is_closer(c) || is_line_break(c) => {}
            // "3.5", "www.x.com", "أ.ف.ب", "a@b.com": the dot is inside a token.
            Some(_) => return false,
        }
        let dots_only = run.chars().all(|c| c == '.' || c == '…');
        if dots_only && run != "." && prev.is_some_and(is_space) {
            // " .. " elision inside a sentence.
            return false;
        }
        if run == ".." && next.is_some_and(|c| is_space(c) && !is_line_break(c)) {
            // "مصر.. دور العرض", "\"نتيجة مؤسفة\".. بهاتين الكلمتين": two dots are a pause in
            // Arabic news; a sentence that ends with them ends at its line.
            return false;
        }
        if run == "." {
            let word = self.word_before(run_start);
            // Exactly one letter? (Arabic first: the general Unicode lookup is slow.)
            let mut letters = word
                .chars()
                .filter(|&c| crate::chars::is_arabic_letter(c) || c.is_alphabetic());
            let one_letter = letters.next().is_some() && letters.next().is_none();
            if one_letter && !word.chars().any(is_digit) {
                return false; // an initial: "د. أحمد", "J. Smith"
            }
            if ABBREVIATIONS.contains(&word) {
                return false;
            }
            let so_far = text[sent_start..run_start].trim_matches(is_space);
            if !so_far.is_empty() && so_far.chars().all(is_digit) {
                return false; // a list number "1."
            }
        }
        true
    }

    /// Should a line break after `[sent_start, at)` be ignored (a dateline or lead-in)?
    fn joins_next_line(&self, sent_start: usize, at: usize) -> bool {
        let line = self.text[sent_start..at].trim_matches(is_space);
        let Some(last) = line.chars().next_back() else {
            return false;
        };
        // Only when more text follows.
        if self.text[at..].trim_start_matches(is_space).is_empty() {
            return false;
        }
        match last {
            // Not when what follows runs on for long without a terminator (a results
            // table after `وفي ما يلي النتائج :`): the joined sentence would swallow it.
            '-' | '–' | '—' | ':' => !self.runs_on(at),
            ')' => line.split_whitespace().count() <= 6,
            _ => false,
        }
    }

    /// True when the text after the line break at `at` goes [`RUN_ON_BYTES`] without a
    /// byte that may belong to a terminator or a line break ([`INTERESTING`], a superset:
    /// when in doubt the lines join, as before).
    fn runs_on(&self, at: usize) -> bool {
        let rest = self.text[at..].trim_start_matches(is_space).as_bytes();
        rest.len() > RUN_ON_BYTES
            && !rest[..RUN_ON_BYTES]
                .iter()
                .any(|&b| INTERESTING[b as usize])
    }
}

/// Bytes that can start (or, for `؟`/`۔`, end) a terminator or line break.
static INTERESTING: [bool; 256] = {
    let mut t = [false; 256];
    let set = [
        b'.', b'!', b'?', b'\n', b'\r', 0x0B, 0x0C, 0x9F, 0x94, 0xE2, 0xC2,
    ];
    let mut i = 0;
    while i < set.len() {
        t[set[i] as usize] = true;
        i += 1;
    }
    t
};

impl<'a> Sentences<'a> {
    /// The next terminator or line break at or after `from` (a char boundary): its byte
    /// offset and the character. Scans bytes by table instead of decoding every character.
    fn find_break(&self, from: usize) -> Option<(usize, char)> {
        let bytes = self.text.as_bytes();
        let mut j = from;
        while j < bytes.len() {
            let b = bytes[j];
            if !INTERESTING[b as usize] {
                j += 1;
                continue;
            }
            let hit = match b {
                b'.' | b'!' | b'?' | b'\n' | b'\r' | 0x0B | 0x0C => Some((j, b as char)),
                0x9F if j > from && bytes[j - 1] == 0xD8 => Some((j - 1, '\u{061F}')),
                0x94 if j > from && bytes[j - 1] == 0xDB => Some((j - 1, '\u{06D4}')),
                0xE2 | 0xC2 => self.text[j..]
                    .chars()
                    .next()
                    .filter(|&c| is_terminator(c) || is_line_break(c))
                    .map(|c| (j, c)),
                _ => None,
            };
            if hit.is_some() {
                return hit;
            }
            j += 1;
        }
        None
    }
}

impl<'a> Iterator for Sentences<'a> {
    type Item = Sentence<'a>;

    fn next(&mut self) -> Option<Sentence<'a>> {
        let text = self.text;
        while self.pos < text.len() {
            let start = self.pos;
            let mut scan = start;
            let mut cut = None;
            while let Some((i, c)) = self.find_break(scan) {
                let after = i + c.len_utf8();
                if is_line_break(c) {
                    if self.joins_next_line(start, i) {
                        scan = after;
                        continue;
                    }
                    cut = Some((i, after));
                    break;
                }
                // A run of terminators ("؟!", "...") is decided as one.
                let mut end = after;
                for d in text[after..].chars() {
                    if is_terminator(d) {
                        end += d.len_utf8();
                    } else {
                        break;
                    }
                }
                if self.ends_sentence(start, i, end) {
                    // Closing quotes/brackets (and terminators after them) stay.
                    for d in text[end..].chars() {
                        if is_closer(d) || is_terminator(d) {
                            end += d.len_utf8();
                        } else {
                            break;
                        }
                    }
                    cut = Some((end, end));
                    break;
                }
                scan = end;
            }
            let (end, resume) = cut.unwrap_or((text.len(), text.len()));
            self.pos = resume;
            if let Some(s) = self.trimmed(start, end) {
                return Some(s);
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(s: &str) -> Vec<&str> {
        sentences(s).map(|s| s.text).collect()
    }

    #[test]
    fn invisible_controls_are_trimmed_like_space() {
        let text = "\u{200F}ذهب الوزير.\u{200E}\n\u{202D}\n\u{FEFF}عاد الرئيس\u{200C}";
        let got: Vec<_> = sentences(text).map(|s| (s.text, s.start)).collect();
        assert_eq!(got, vec![("ذهب الوزير.", 3), ("عاد الرئيس\u{200C}", 34)]);
    }

    #[test]
    fn basic_terminators() {
        assert_eq!(
            split("ذهب الوزير. عاد الرئيس! هل انتهى؟ نعم۔ ربما…"),
            vec!["ذهب الوزير.", "عاد الرئيس!", "هل انتهى؟", "نعم۔", "ربما…"]
        );
    }

    #[test]
    fn never_at_comma_or_semicolon() {
        assert_eq!(
            split("قال الوزير، في مؤتمر صحفي؛ إن الوضع مستقر."),
            vec!["قال الوزير، في مؤتمر صحفي؛ إن الوضع مستقر."]
        );
    }

    #[test]
    fn numbers_urls_emails_initials() {
        assert_eq!(
            split("بلغ النمو 3.5 و٤٫٢ بالمئة. زوروا www.example.com أو اكتبوا إلى info@news.org اليوم."),
            vec![
                "بلغ النمو 3.5 و٤٫٢ بالمئة.",
                "زوروا www.example.com أو اكتبوا إلى info@news.org اليوم."
            ]
        );
        assert_eq!(
            split("ذكرت وكالة أ.ف.ب أن د. سمير وصل. وقال J. Smith إنه سعيد."),
            vec![
                "ذكرت وكالة أ.ف.ب أن د. سمير وصل.",
                "وقال J. Smith إنه سعيد."
            ]
        );
        assert_eq!(
            split("العنوان ص.ب 1234 عمان. انتهى."),
            vec!["العنوان ص.ب 1234 عمان.", "انتهى."]
        );
    }

    #[test]
    fn closing_quotes_attach() {
        assert_eq!(
            split("وقال إنه يأمل \"في شق طريق.\" وأضاف: «لن نتراجع!» ثم غادر."),
            vec![
                "وقال إنه يأمل \"في شق طريق.\"",
                "وأضاف: «لن نتراجع!»",
                "ثم غادر."
            ]
        );
        assert_eq!(
            split("(وصل الوفد.) بدأت الجلسة."),
            vec!["(وصل الوفد.)", "بدأت الجلسة."]
        );
    }

    #[test]
    fn question_exclamation_runs_and_ellipses() {
        assert_eq!(
            split("حقاً؟! لا... بل نعم؟؟ انتهى"),
            vec!["حقاً؟!", "لا...", "بل نعم؟؟", "انتهى"]
        );
        // A spaced elision inside a quote is not an end.
        assert_eq!(
            split("رغم \"الخلافات .. في مواجهة التحدي\" أمر مشجع."),
            vec!["رغم \"الخلافات .. في مواجهة التحدي\" أمر مشجع."]
        );
        // Two dots are a pause (`"نتيجة مؤسفة".. بهاتين الكلمتين`), unless a line ends there.
        assert_eq!(
            split("\"نتيجة مؤسفة\".. بهاتين الكلمتين وصف الهزيمة. مصر.. تفوز\nغياب طويل..\nعودة."),
            vec![
                "\"نتيجة مؤسفة\".. بهاتين الكلمتين وصف الهزيمة.",
                "مصر.. تفوز",
                "غياب طويل..",
                "عودة."
            ]
        );
    }

    #[test]
    fn lines_and_datelines() {
        assert_eq!(
            split("العنوان الأول\nالسطر الثاني بلا نقطة\n\nالثالث."),
            vec!["العنوان الأول", "السطر الثاني بلا نقطة", "الثالث."]
        );
        assert_eq!(
            split("دبي، الإمارات العربية المتحدة (CNN)— أعلنت الشركة أرباحها. وارتفع السهم."),
            vec![
                "دبي، الإمارات العربية المتحدة (CNN)— أعلنت الشركة أرباحها.",
                "وارتفع السهم."
            ]
        );
        assert_eq!(
            split("واشنطن (رويترز) -\nقال مسؤول إن المحادثات انتهت."),
            vec!["واشنطن (رويترز) -\nقال مسؤول إن المحادثات انتهت."]
        );
        assert_eq!(
            split("القاهرة (أ ش أ)\nأعلنت الحكومة خطة جديدة."),
            vec!["القاهرة (أ ش أ)\nأعلنت الحكومة خطة جديدة."]
        );
    }

    #[test]
    fn a_colon_joins_a_quote_but_not_a_table() {
        assert_eq!(
            split("وقال الوزير:\n\"نحن ملتزمون بالاتفاق.\" وانتهى اللقاء."),
            vec!["وقال الوزير:\n\"نحن ملتزمون بالاتفاق.\"", "وانتهى اللقاء."]
        );
        // Results with no terminator for over a hundred words stay apart from their intro.
        let table = "فريق الشمال - فريق الجنوب 2 - 1 ".repeat(60);
        let text = format!("وفي ما يلي النتائج :\n{table}");
        let got = split(&text);
        assert_eq!(got[0], "وفي ما يلي النتائج :");
        assert_eq!(got.len(), 2);
    }

    #[test]
    fn list_numbers_and_years() {
        assert_eq!(
            split("1. البند الأول\nوقع ذلك عام 2015. ثم تغير الوضع."),
            vec!["1. البند الأول", "وقع ذلك عام 2015.", "ثم تغير الوضع."]
        );
    }

    #[test]
    fn spans_slice_and_cover() {
        let text = "  أولاً.  ثانياً؟\n\n ثالثاً  ";
        let s: Vec<_> = sentences(text).collect();
        assert_eq!(s.len(), 3);
        for x in &s {
            assert_eq!(&text[x.start..x.end], x.text);
        }
        assert!(split("").is_empty());
        assert!(split(" \n \n").is_empty());
    }
}
