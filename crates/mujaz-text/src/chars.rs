//! Character classes shared by the tokenizer and the sentence splitter.

/// An Arabic-script letter (base letters, extended letters, presentation forms).
#[inline]
pub fn is_arabic_letter(c: char) -> bool {
    matches!(c,
        '\u{0620}'..='\u{063F}'
        | '\u{0641}'..='\u{064A}'
        | '\u{066E}'..='\u{066F}'
        | '\u{0671}'..='\u{06D3}'
        | '\u{06D5}'
        | '\u{06EE}'..='\u{06EF}'
        | '\u{06FA}'..='\u{06FC}'
        | '\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{08A0}'..='\u{08C9}'
        | '\u{FB50}'..='\u{FDFB}'
        | '\u{FE70}'..='\u{FEFC}')
}

/// A mark that belongs to the Arabic word around it: diacritics, tatweel, ZWNJ/ZWJ.
#[inline]
pub fn is_arabic_mark(c: char) -> bool {
    crate::normalize::is_diacritic(c) || matches!(c, '\u{0640}' | '\u{200C}' | '\u{200D}')
}

/// White space, or an invisible control (bidi marks, zero-width space, BOM) other than
/// ZWNJ/ZWJ, which belong to the Arabic word around them: what separates tokens and is
/// trimmed off sentence edges.
#[inline]
pub fn is_blank(c: char) -> bool {
    c.is_whitespace() || crate::normalize::is_invisible(c) && !matches!(c, '\u{200C}' | '\u{200D}')
}

/// ASCII, Arabic-Indic or Persian digit.
#[inline]
pub fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}')
}

/// Characters that end a sentence.
#[inline]
pub fn is_terminator(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '\u{061F}' | '\u{06D4}' | '…' | '‼' | '⁇' | '⁈' | '⁉'
    )
}

/// Closing quotes and brackets that stay with the sentence they close.
#[inline]
pub fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '»' | '”' | '’' | '›' | ')' | ']' | '}' | '\u{FD3F}'
    )
}

/// Line breaks (a sentence always ends at one, unless it is a dateline).
#[inline]
pub fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}
