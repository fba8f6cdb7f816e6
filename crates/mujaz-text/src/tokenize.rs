//! Word, number and punctuation tokens with byte spans.
//!
//! ```
//! use mujaz_text::{tokenize, TokenKind};
//!
//! let toks: Vec<_> = tokenize("ارتفع المؤشرُ ٣٫٥٪ (NASDAQ).").collect();
//! let kinds: Vec<_> = toks.iter().map(|t| (t.text, t.kind)).collect();
//! assert_eq!(kinds, vec![
//!     ("ارتفع", TokenKind::Arabic),
//!     ("المؤشرُ", TokenKind::Arabic),
//!     ("٣٫٥٪", TokenKind::Number),
//!     ("(", TokenKind::Punct),
//!     ("NASDAQ", TokenKind::Latin),
//!     (")", TokenKind::Punct),
//!     (".", TokenKind::Punct),
//! ]);
//! ```

use serde::{Deserialize, Serialize};

use crate::chars::{is_arabic_letter, is_arabic_mark, is_blank, is_digit};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenKind {
    /// An Arabic-script word, with any diacritics and tatweel it carries.
    Arabic,
    /// A word in another script (Latin, …), letters and digits.
    Latin,
    /// A number: digits of any script, decimals with `.` or `٫`, thousands with `,` or `٬`,
    /// and a trailing percent sign.
    Number,
    /// A punctuation mark (a run of the same mark, like `...`, is one token).
    Punct,
    /// Anything else that is not white space: symbols, emoji.
    Symbol,
}

impl TokenKind {
    /// True for tokens that carry words (Arabic, Latin, numbers).
    pub fn is_word(self) -> bool {
        matches!(
            self,
            TokenKind::Arabic | TokenKind::Latin | TokenKind::Number
        )
    }

    /// The lowercase name used in JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            TokenKind::Arabic => "arabic",
            TokenKind::Latin => "latin",
            TokenKind::Number => "number",
            TokenKind::Punct => "punct",
            TokenKind::Symbol => "symbol",
        }
    }
}

/// A token: a slice of the text it came from, with its byte span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    /// The token's text, `&source[start..end]`.
    pub text: &'a str,
    /// Its kind.
    pub kind: TokenKind,
    /// Byte offset of its start.
    pub start: usize,
    /// Byte offset one past its end.
    pub end: usize,
}

/// Iterator over the tokens of a text; see [`tokenize`].
#[derive(Clone, Debug)]
pub struct Tokens<'a> {
    text: &'a str,
    pos: usize,
}

/// Split `text` into tokens. Spans index `text`; white space and invisible controls between
/// tokens are skipped.
pub fn tokenize(text: &str) -> Tokens<'_> {
    Tokens { text, pos: 0 }
}

fn is_number_sep(c: char) -> bool {
    matches!(c, '.' | ',' | '\u{066B}' | '\u{066C}')
}

fn is_punct(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(c,
            '\u{060C}' | '\u{061B}' | '\u{061F}' | '\u{066A}'..='\u{066D}' | '\u{06D4}'
            | '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}'
            | '«' | '»' | '¡' | '¿' | '·' | '\u{FD3E}' | '\u{FD3F}' | '\u{3001}' | '\u{3002}')
}

/// Which characters of U+0600..=U+06FF continue an Arabic word (letters and marks).
static ARABIC_WORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        let c = 0x600 + i as u32;
        t[i] = matches!(c,
            0x0620..=0x063F | 0x0641..=0x064A | 0x066E..=0x066F | 0x0671..=0x06D3 | 0x06D5
            | 0x06EE..=0x06EF | 0x06FA..=0x06FC | 0x06FF
            | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06DC | 0x06DF..=0x06E4
            | 0x06E7..=0x06E8 | 0x06EA..=0x06ED | 0x0640);
        i += 1;
    }
    t
};

impl<'a> Tokens<'a> {
    #[inline]
    fn peek(&self, at: usize) -> Option<char> {
        self.text[at..].chars().next()
    }
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        let text = self.text;
        // Skip separators.
        let mut start = self.pos;
        let bytes = text.as_bytes();
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = bytes.get(start) {
            start += 1;
        }
        let first = loop {
            let c = self.peek(start)?;
            if is_blank(c) {
                start += c.len_utf8();
            } else {
                break c;
            }
        };
        let mut end = start + first.len_utf8();
        let kind = if is_arabic_letter(first) || is_arabic_mark(first) {
            let bytes = text.as_bytes();
            loop {
                // Hot path: two-byte characters of the Arabic block, by table.
                if let (Some(&b), Some(&b1)) = (bytes.get(end), bytes.get(end + 1)) {
                    if (0xD8..=0xDB).contains(&b) {
                        let cp = 0x600 + ((((b & 0x03) as usize) << 6) | (b1 & 0x3F) as usize);
                        if ARABIC_WORD[cp - 0x600] {
                            end += 2;
                            continue;
                        }
                        break;
                    }
                    if b < 0x80 {
                        break;
                    }
                }
                match self.peek(end) {
                    Some(c) if is_arabic_letter(c) || is_arabic_mark(c) => end += c.len_utf8(),
                    _ => break,
                }
            }
            TokenKind::Arabic
        } else if is_digit(first) {
            loop {
                match self.peek(end) {
                    Some(c) if is_digit(c) => end += c.len_utf8(),
                    Some(c) if is_number_sep(c) => {
                        let after = end + c.len_utf8();
                        match self.peek(after) {
                            Some(d) if is_digit(d) => end = after + d.len_utf8(),
                            _ => break,
                        }
                    }
                    _ => break,
                }
            }
            if let Some(c @ ('%' | '\u{066A}')) = self.peek(end) {
                end += c.len_utf8();
            }
            TokenKind::Number
        } else if is_punct(first) {
            while self.peek(end) == Some(first) {
                end += first.len_utf8();
            }
            TokenKind::Punct
        } else if first.is_alphanumeric() {
            loop {
                match self.peek(end) {
                    Some(c) if c.is_alphanumeric() && !is_arabic_letter(c) => end += c.len_utf8(),
                    // Internal apostrophes and hyphens: "don't", "Al-Jazeera".
                    Some(c @ ('\'' | '’' | '-')) => {
                        let after = end + c.len_utf8();
                        match self.peek(after) {
                            Some(d) if d.is_alphanumeric() && !is_arabic_letter(d) => {
                                end = after + d.len_utf8()
                            }
                            _ => break,
                        }
                    }
                    _ => break,
                }
            }
            TokenKind::Latin
        } else {
            TokenKind::Symbol
        };
        self.pos = end;
        Some(Token {
            text: &text[start..end],
            kind,
            start,
            end,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<(&str, TokenKind)> {
        tokenize(s).map(|t| (t.text, t.kind)).collect()
    }

    #[test]
    fn arabic_words_keep_their_marks() {
        assert_eq!(
            toks("وَزِيرُ الخارجـــية"),
            vec![
                ("وَزِيرُ", TokenKind::Arabic),
                ("الخارجـــية", TokenKind::Arabic)
            ]
        );
        // A word starting with a stray mark is still a word, never dropped.
        assert_eq!(toks("ّشدة"), vec![("ّشدة", TokenKind::Arabic)]);
    }

    #[test]
    fn numbers() {
        assert_eq!(
            toks("3.5 ٤٫٢ 1,200,000 ١٬٥٠٠ 45% ٥٠٪ 2016."),
            vec![
                ("3.5", TokenKind::Number),
                ("٤٫٢", TokenKind::Number),
                ("1,200,000", TokenKind::Number),
                ("١٬٥٠٠", TokenKind::Number),
                ("45%", TokenKind::Number),
                ("٥٠٪", TokenKind::Number),
                ("2016", TokenKind::Number),
                (".", TokenKind::Punct),
            ]
        );
    }

    #[test]
    fn latin_punct_symbols() {
        assert_eq!(
            toks("Al-Jazeera، COVID19 «نعم»... ☺"),
            vec![
                ("Al-Jazeera", TokenKind::Latin),
                ("،", TokenKind::Punct),
                ("COVID19", TokenKind::Latin),
                ("«", TokenKind::Punct),
                ("نعم", TokenKind::Arabic),
                ("»", TokenKind::Punct),
                ("...", TokenKind::Punct),
                ("☺", TokenKind::Symbol),
            ]
        );
    }

    #[test]
    fn mixed_script_boundaries_and_spans() {
        let s = "كورونا19 و\u{200F}BBC";
        let t: Vec<_> = tokenize(s).collect();
        assert_eq!(
            t.iter().map(|t| t.text).collect::<Vec<_>>(),
            vec!["كورونا", "19", "و", "BBC"]
        );
        for tok in &t {
            assert_eq!(&s[tok.start..tok.end], tok.text);
        }
    }

    #[test]
    fn word_table_matches_char_classes() {
        for i in 0..256u32 {
            let c = char::from_u32(0x600 + i).unwrap();
            assert_eq!(
                ARABIC_WORD[i as usize],
                is_arabic_letter(c) || is_arabic_mark(c),
                "U+{:04X}",
                0x600 + i
            );
        }
    }

    #[test]
    fn empty_and_space() {
        assert!(toks("").is_empty());
        assert!(toks(" \n\t ").is_empty());
    }
}
