//! The event noun of a passive that opens a sentence (see
//! [`CompressOptions::event_noun`](super::CompressOptions::event_noun)): news leads tell
//! what befell someone with a passive (`قُتل 19 شخصا`, `توفي المؤلف`, `عُثر على`), headlines
//! and standfirsts with its verbal noun (`مقتل 19 شخصا`, `وفاة المؤلف`, `العثور على`). The
//! noun says the same as the verb, and it reads unambiguously where the unvowelled verb does
//! not (`قتل 19 شخصا` may be "killed 19 people").
//!
//! A closed list, each verb with what must show it is the passive: its vowels (a damma,
//! `اعتُقل`), a word that only follows the passive (`أُفرج عن`, `أُطلق سراح`, `أُلقي القبض`),
//! a number after it (`قتل 19 شخصا`: the victims are its subject), or, for verbs with no
//! active reading at the head of a news sentence (`توفي`, `أصيب`, `أعيد`), a noun after it.

use super::speech::is_time_word;
use super::tense::{fold, PREPOSITIONS};

/// What shows that the verb is the passive.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Passive {
    /// Any word after it but a preposition (`أُصيب بجروح 3 جنود`, `توفي في حادث سير 3
    /// أشخاص`: the noun would stand apart from whom it befell).
    BeforeNoun,
    /// As [`Passive::BeforeNoun`], but a word in `ب` after it is a name (`توفيت باربرا
    /// بوش`) unless it tells the death's cause or time ([`DEATH_CAUSES`], `بال...`).
    BeforeNounOrName,
    /// A damma on it, or a number or quantity after it.
    VowelOrNumber,
    /// A damma on it.
    Vowel,
    /// This word (folded) after it.
    Before(&'static str),
}

/// Passive perfect (masculine, folded as [`fold`] does: alef maqsura kept), its verbal noun,
/// and the evidence that it is the passive. The feminine (`توفيت`, `قتلت`) takes the same
/// noun.
const EVENTS: &[(&str, &str, Passive)] = &[
    ("توفي", "وفاة", Passive::BeforeNounOrName),
    ("توفى", "وفاة", Passive::BeforeNounOrName),
    ("اصيب", "إصابة", Passive::BeforeNoun),
    ("اعيد", "إعادة", Passive::BeforeNoun),
    ("قتل", "مقتل", Passive::VowelOrNumber),
    ("اعتقل", "اعتقال", Passive::Vowel),
    ("انتخب", "انتخاب", Passive::Vowel),
    ("اعدم", "إعدام", Passive::Vowel),
    ("اختطف", "اختطاف", Passive::Vowel),
    // `جُرح` ("was wounded"): its noun is spelled like the unvowelled verb (`مقتل 40 مدنيا
    // وجرح أكثر من 30 آخرين`).
    ("جرح", "جرح", Passive::Vowel),
    // `بيعت` ("was sold"; the active is `باعت`): the noun is spelled like the masculine.
    ("بيع", "بيع", Passive::BeforeNoun),
    ("عثر", "العثور", Passive::Before("على")),
    ("افرج", "الإفراج", Passive::Before("عن")),
    ("اطلق", "إطلاق", Passive::Before("سراح")),
    // Alef maqsura kept: `ألقى القبض` is active ("he arrested"), `أُلقي القبض` passive.
    ("القي", "إلقاء", Passive::Before("القبض")),
];

/// Words of a passive's subject whose case shows (as written), with their genitive after
/// the event noun (`وأصيب اثنان آخران` → `وإصابة اثنين آخرين`).
pub(super) const OTHERS_GENITIVE: &[(&str, &str)] = &[
    ("آخرون", "آخرين"),
    ("آخران", "آخرين"),
    ("أخريان", "أخريين"),
    ("اثنان", "اثنين"),
    ("اثنتان", "اثنتين"),
];

/// The genitive of `word` (as written) when it is one of [`OTHERS_GENITIVE`]: `آخرون` →
/// `آخرين`, `اثنان` → `اثنين`.
pub(super) fn others_genitive(word: &str) -> Option<&'static str> {
    OTHERS_GENITIVE
        .iter()
        .find(|(nominative, _)| *nominative == word)
        .map(|&(_, genitive)| genitive)
}

/// Words in `ب` after `توفي` that tell how, or when, the death came (normalized): no name.
const DEATH_CAUSES: &[&str] = &[
    "بعد",
    "بسبب",
    "بمرض",
    "بنوبة",
    "بحادث",
    "بجروح",
    "بطلق",
    "برصاص",
    "بنيران",
    "بفيروس",
    "بداء",
    "بسكتة",
    "بازمة",
    "بعدوي",
    "بحروق",
    "بقصف",
    "بانفجار",
    "بهجوم",
    "بعمر",
    "بسن",
];

/// Words of quantity that open a passive's subject (`قتل نحو 20`, `قتل عشرات`), folded.
pub(super) const QUANTITIES: &[&str] = &[
    "نحو",
    "حوالي",
    "زهاء",
    "قرابة",
    "اكثر",
    "ما",
    "عشرات",
    "العشرات",
    "مئات",
    "المئات",
    "الاف",
    "الالاف",
    "اثنين",
    "ثلاثة",
    "اربعة",
    "خمسة",
    "ستة",
    "سبعة",
    "ثمانية",
    "تسعة",
    "عشرة",
    "شخص",
    "شخصين",
    "مليون",
    "ملايين",
];

/// The [`EVENTS`] entry of `word` (as written, opening a sentence): its noun and the evidence
/// of its passive. The feminine passive (`تُوفيت`, `قُتلت`, `أُصيبت`) tells the same event, but
/// for a passive before its preposition or noun, which is impersonal, never feminine (`عُثر
/// على`: `عثرت على` is active, "she found" or "I found").
fn listed_event(word: &str) -> Option<(&'static str, Passive)> {
    let folded = fold(word);
    let masculine = folded.strip_suffix('ت').unwrap_or(&folded);
    let &(_, noun, passive) = EVENTS
        .iter()
        .find(|(perfect, ..)| *perfect == masculine || *perfect == folded.as_ref())?;
    let feminine = masculine != folded.as_ref();
    (!(matches!(passive, Passive::Before(_)) && feminine)).then_some((noun, passive))
}

/// The verbal noun that tells the event of `word` (as written in the article, opening a
/// sentence) when it is a listed passive in the third person singular, given the `following`
/// words (up to two, as written, before any punctuation): `توفي` → `وفاة`, `قُتل` → `مقتل`,
/// `عُثر` (before `على`) → `العثور`.
///
/// `None` for anything else and where the word may be an active verb: `قتل` unvowelled before
/// anything but a number (`قتل مرض الحصبة 72 شخصا`: the disease killed), `عثر علماء على`
/// (scientists found), `ألقى القبض` (with its alef maqsura: he arrested). `None` too where
/// the noun would not read right: with no word after it, before a coordinated verb (`قُتل
/// وأصيب 55`), a time (`توفيت صباح اليوم طفلة`: the noun would part from whom it befell), or
/// a subject in the nominative that the noun's genitive would contradict (`قتل شخصان`,
/// `قتل قادة حوثيون`; mujaz rewrites one word only).
///
/// ```
/// use mujaz_summarize::compress::event_noun;
///
/// assert_eq!(event_noun("توفي", &["المؤلف"]), Some("وفاة"));
/// assert_eq!(event_noun("قُتل", &["جندي", "إسرائيلي"]), Some("مقتل"));
/// assert_eq!(event_noun("قتل", &["19", "شخصا"]), Some("مقتل"));
/// assert_eq!(event_noun("قتل", &["مرض", "الحصبة"]), None);
/// assert_eq!(event_noun("عثر", &["على", "جثة"]), Some("العثور"));
/// assert_eq!(event_noun("عثر", &["علماء", "آثار"]), None);
/// assert_eq!(event_noun("عثرت", &["على", "جروة"]), None);
/// assert_eq!(event_noun("قُتل", &["شخصان"]), None);
/// // A subject vowelled in the nominative would read in the wrong case after the noun.
/// assert_eq!(event_noun("قُتِلَ", &["خَمْسَةُ", "أَشْخَاصٍ"]), None);
/// assert_eq!(event_noun("قُتِلَ", &["خَمْسَةِ", "أَشْخَاصٍ"]), Some("مقتل"));
/// ```
pub fn event_noun(word: &str, following: &[&str]) -> Option<&'static str> {
    // The word is looked up first: almost no sentence opens with a listed passive, and the
    // words after it need folding only when one does.
    let (noun, passive) = listed_event(word)?;
    let next = fold(following.first()?);
    let damma = word.contains('\u{064F}');
    let number =
        || next.starts_with(|c: char| c.is_numeric()) || QUANTITIES.contains(&next.as_ref());
    let ok = match passive {
        // After a preposition (`ب` attached too) it names no one; `خلال` is a time, below.
        Passive::BeforeNoun => !(PREPOSITIONS.contains(&next.as_ref()) || next.starts_with('ب')),
        Passive::BeforeNounOrName => {
            let by = next.starts_with("بال") || DEATH_CAUSES.contains(&next.as_ref());
            !(PREPOSITIONS.contains(&next.as_ref()) || by)
        }
        Passive::VowelOrNumber => damma || number(),
        Passive::Vowel => damma,
        Passive::Before(w) => next == w || (w == "على" && next == "علي"),
    };
    // A time opening an adverb between the verb and its subject (`توفيت صباح اليوم طفلة`).
    let time = is_time_word(&next) || matches!(next.as_ref(), "منذ" | "خلال" | "قبل" | "بعد");
    let reads = !time
        && !opens_coordinated_passive(&next)
        // After a preposition the words are in the genitive anyway (`عُثر على جثمان`).
        && (matches!(passive, Passive::Before(_))
            || !following
                .iter()
                .any(|w| is_nominative_plural(&fold(w)) || shows_nominative(w)));
    (ok && reads).then_some(noun)
}

/// True when `word` (as written, opening a sentence) is `لقي`/`لقيت` of `لقي مصرعه` ("met
/// his death"), whose news the noun `مصرع` tells (`لقي 7 أشخاص مصرعهم` → `مصرع 7 أشخاص`),
/// given the `subject` between it and `مصرعه` (as written): not empty, no time, nothing in
/// the nominative that the noun's genitive would contradict (`لقي شخصان مصرعهما`).
pub(super) fn met_death(word: &str, subject: &[&str]) -> bool {
    is_met_death_verb(word)
        && subject.first().is_some_and(|w| !is_time_word(&fold(w)))
        && !subject
            .iter()
            .any(|w| is_nominative_plural(&fold(w)) || shows_nominative(w))
}

/// True when `word` (as written) is `لقي` or `لقيت`, the verb of `لقي مصرعه`.
pub(super) fn is_met_death_verb(word: &str) -> bool {
    matches!(fold(word).as_ref(), "لقي" | "لقيت")
}

/// True when `word` (as written, opening a sentence) is `قتل`/`قتلت` without the vowels that
/// would show its voice.
pub(super) fn is_unvowelled_killed(word: &str) -> bool {
    !word.contains(mujaz_text::normalize::is_diacritic)
        && matches!(fold(word).as_ref(), "قتل" | "قتلت")
}

/// Duals (as written, folded) that a passive's subject often is, in the nominative; their
/// genitive after the event noun ends in `ين` (`قتل شخصان` → `مقتل شخصين`).
const DUALS: &[&str] = &[
    "شخصان",
    "فلسطينيان",
    "مدنيان",
    "جنديان",
    "عنصران",
    "طفلان",
    "رجلان",
    "شقيقان",
    "صحفيان",
    "مسلحان",
    "شرطيان",
    "عسكريان",
    "اسرائيليان",
    "امريكيان",
    "سائحان",
    "مواطنان",
    "ضابطان",
    "لاعبان",
    "شابان",
    "امراتان",
    "طفلتان",
];

/// The genitive of a [listed dual](DUALS) as written (`شخصان` → `شخصين`, `امرأتان` →
/// `امرأتين`), for its place after the event noun.
pub(super) fn dual_genitive(word: &str) -> Option<String> {
    // The ending first: the word after every opening word is asked, and folding may
    // allocate.
    let stem = word.strip_suffix("ان")?;
    DUALS
        .contains(&fold(word).as_ref())
        .then(|| format!("{stem}ين"))
}

/// The event noun of an opening passive (as written) whose subject is a [listed
/// dual](DUALS), given the words after the dual (and an `اثنان`/`آخران` with it), as written:
/// what [`event_noun`] gives for a subject in the genitive, and for an unvowelled `قتل`
/// (which may be active: `قتل شخصان رجلا`) only before a circumstance (`في`, `خلال`, `جراء`,
/// a word in `ب`), a coordinated passive (`وأصيب`) or nothing. Not before a time (the noun
/// would stand apart from whom it befell) or another subject in the nominative (`ومسلحان`).
pub(super) fn dual_event_noun(word: &str, after: &[&str]) -> Option<&'static str> {
    let (noun, passive) = listed_event(word)?;
    let next = after.first().map(|w| fold(w));
    let circumstance = next.as_deref().is_none_or(|n| {
        CIRCUMSTANCE_OPENERS.contains(&n)
            || n.starts_with('ب') && n.chars().count() >= 4
            || opens_coordinated_passive(n)
    });
    let damma = word.contains('\u{064F}');
    let ok = match passive {
        Passive::BeforeNoun | Passive::BeforeNounOrName => true,
        Passive::VowelOrNumber => damma || circumstance,
        Passive::Vowel => damma,
        Passive::Before(_) => false,
    };
    let time = next.as_deref().is_some_and(is_time_word);
    // Another subject joined to it in the nominative (`قُتل شرطيان ومسلحان`) would stay so.
    let joined = next
        .as_deref()
        .and_then(|n| n.strip_prefix('و'))
        .is_some_and(is_nominative_plural);
    (ok && !time && !joined).then_some(noun)
}

/// True when `word` (as written, opening a sentence) is `رحل`/`رحلت` without a damma or a
/// shadda (`رُحّل` "was deported" is another verb).
pub(super) fn is_departed_verb(word: &str) -> bool {
    // The first letter first: every opening word is asked, and folding may allocate.
    word.starts_with('ر')
        && !word.contains(['\u{064F}', '\u{0651}'])
        && matches!(fold(word).as_ref(), "رحل" | "رحلت")
}

/// Most words after `رحل` that [`departed_life`] reads.
pub(super) const MAX_DEPARTED_WORDS: usize = 16;

/// True when the kept words after an opening `رحل` (as written, punctuation skipped) tell a
/// death, so that its noun `رحيل` reads right, as headlines write it (`رحيل المخرج ميلوش
/// فورمان`): its subject first (no preposition, time or `عن` right after the verb: `رحل في
/// الساعات الأولى ... السيناريست`, `رحل عن عالمنا الأديب` would part the noun from whom it
/// tells of), and then `عن` before an age (`عن 86 عاما`, `عن عمر يناهز`, `عن عمر ناهز`). Not
/// a departure or a deportation (`رحل المدرب عن الفريق`, `رحلت السلطات الجزائري جمال بغال`),
/// nor a subject whose head shows the nominative (`رحل فنانان`).
pub(super) fn departed_life(words: &[&str]) -> bool {
    let Some(first) = words.first().map(|w| fold(w)) else {
        return false;
    };
    // The subject's head only: names end in `-ون`/`-ان` too (`ليون وايت`, `ميلوش فورمان`).
    if PREPOSITIONS.contains(&first.as_ref())
        // `ب` on a noun (`رحل بالأمس`, `بسبب`), not a word's own (`بطل`).
        || first.starts_with("بال")
        || matches!(first.as_ref(), "بعد" | "بسبب" | "بين")
        || is_time_word(&first)
        || is_nominative_plural(&first)
        || shows_nominative(words[0])
    {
        return false;
    }
    words.windows(2).skip(1).any(|pair| {
        let next = fold(pair[1]);
        fold(pair[0]) == "عن" && (next == "عمر" || next.starts_with(|c: char| c.is_numeric()))
    })
}

/// Words (folded) that open the circumstance of an event (`قتل فلسطيني في قصف`, `عندما`,
/// `خلال`, `جراء`): after `قتل` and its subject they show the passive, which takes no object.
const CIRCUMSTANCE_OPENERS: &[&str] = &["في", "عندما", "خلال", "جراء", "اثر", "اثناء", "حين"];

/// True when the words after an unvowelled `قتل` (as written, kept, up to punctuation) are a
/// subject and then the circumstance of the event (`فلسطيني في قصف`, `مزارع فلسطيني بقصف`,
/// `عدد من الأطفال في هجوم`): the verb is the passive, and its noun reads right (`مقتل
/// فلسطيني في قصف`). Not when an object may come first: a number (`قتل شاب 4 أشخاص`), a
/// word in the accusative (`قتل تمساح قسا`, `فلسطينيا`), a comma (`قتل مرض الحصبة، ...، 72
/// شخصا`); nor a subject in the nominative (`مدنيان`), a time or a coordinated passive first
/// (`قتل اليوم`, `قتل وأصيب`, as for the other passives), or an age (`في الـ92 من عمرها
/// ابنها`: she killed him).
pub(super) fn killed_in_circumstance(words: &[&str]) -> bool {
    let mut subject = 0;
    for (i, w) in words.iter().enumerate() {
        let f = fold(w);
        let f = f.as_ref();
        let opener = CIRCUMSTANCE_OPENERS.contains(&f)
            || f.starts_with('ب')
                && f.chars().count() >= 4
                && !matches!(f, "بها" | "بهم" | "بهما" | "بعد")
                && !f.starts_with("بين");
        if opener {
            let age = words[i + 1..].iter().take(4).any(|w| {
                fold(w).contains("عمر")
                    || w.starts_with(|c: char| c.is_numeric())
                    || w.contains("ـ")
            });
            return subject > 0 && !age;
        }
        let accusative = f.chars().count() >= 3 && f.ends_with('ا') && !f.ends_with("اا");
        if w.starts_with(|c: char| c.is_numeric())
            || accusative
            || is_nominative_plural(f)
            || shows_nominative(w)
            || matches!(f, "اثنين" | "اخرين" | "اثنان")
            || subject == 0 && (is_time_word(f) || opens_coordinated_passive(f))
            || PREPOSITIONS.contains(&f) && subject == 0
        {
            return false;
        }
        subject += 1;
        if subject > 8 {
            return false;
        }
    }
    false
}

/// A word vowelled in the nominative (`خَمْسَةُ`, `رجلٌ`): after the noun it would show the
/// wrong case, which an unvowelled word leaves unsaid.
fn shows_nominative(word: &str) -> bool {
    word.ends_with(['\u{064F}', '\u{064C}'])
}

/// True when `word` (as written or folded) is `و` and a passive that shares the subject of
/// the one before it (`وأصيب`, `وجرح`).
pub(super) fn opens_coordinated_passive(word: &str) -> bool {
    fold(word)
        .strip_prefix('و')
        .is_some_and(is_coordinated_passive)
}

/// `أصيب`, `جرح`, `قتل` ... after `و`: a second passive sharing the subject.
fn is_coordinated_passive(verb: &str) -> bool {
    let v = verb.strip_suffix('ت').unwrap_or(verb);
    EVENTS.iter().any(|(perfect, ..)| *perfect == v)
}

/// A word without the article ending like a sound masculine plural or a dual in the
/// nominative (`مسلحون`, `شخصان`): the subject of the passive, which after the noun would
/// stand in the genitive (`مقتل شخصين`). Names ending so (`سلمان`, `لبنان`) are left as
/// written too: a missed noun costs less than a wrong case.
fn is_nominative_plural(folded: &str) -> bool {
    !folded.starts_with("ال")
        && folded.chars().count() >= 4
        && (folded.ends_with("ون") || folded.ends_with("ان"))
        && !matches!(folded, "مليون" | "قانون")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dual_subject_takes_the_genitive() {
        assert_eq!(dual_genitive("شخصان").as_deref(), Some("شخصين"));
        assert_eq!(dual_genitive("امرأتان").as_deref(), Some("امرأتين"));
        assert_eq!(dual_genitive("سلمان"), None);
        assert_eq!(dual_event_noun("قتل", &["في"]), Some("مقتل"));
        assert_eq!(dual_event_noun("قتل", &[]), Some("مقتل"));
        assert_eq!(dual_event_noun("قتل", &["وأصيب"]), Some("مقتل"));
        assert_eq!(dual_event_noun("أصيب", &["بجروح"]), Some("إصابة"));
        // `قتل شخصان رجلا`: two people killed a man.
        assert_eq!(dual_event_noun("قتل", &["رجلا"]), None);
        assert_eq!(dual_event_noun("قُتل", &["رجلا"]), Some("مقتل"));
        // A time after it, another subject in the nominative, a verb off the list.
        assert_eq!(dual_event_noun("قتل", &["اليوم"]), None);
        assert_eq!(dual_event_noun("قُتل", &["ومسلحان"]), None);
        assert_eq!(dual_event_noun("فاز", &["في"]), None);
    }

    #[test]
    fn departed_where_the_clause_tells_a_death() {
        let w = |s: &'static str| s.split(' ').collect::<Vec<_>>();
        for death in [
            "المخرج التشيكي ميلوش فورمان السبت عن 86 عاما",
            "بطل المصارعة الأمريكي السابق ليون وايت المعروف باسم فيدر عن عمر يناهز 63 عاما",
            "إحدى رائدات قيادة الطائرات في بريطانيا ماري إليس عن عمر يناهز 101 عام",
        ] {
            assert!(departed_life(&w(death)), "{death}");
        }
        for other in [
            // Left, deported, or the noun would stand apart from whom it tells of.
            "المدرب عن الفريق بعد خمسة مواسم",
            "السلطات الفرنسية الجزائري جمال بغال على متن طائرة",
            "عن عالمنا الأديب السوري حنا مينه عن عمر يناهز 94 عاما",
            "في الساعات الأولى من صباح الجمعة السيناريست المصري عن عمر يناهز 70 عاما",
            "اليوم الفنان المعروف عن 80 عاما",
            "فنانان عن عمر يناهز 80 عاما",
        ] {
            assert!(!departed_life(&w(other)), "{other}");
        }
        assert!(is_departed_verb("رحلت"));
        assert!(!is_departed_verb("رُحّل"));
    }

    #[test]
    fn killed_by_the_circumstance_after_its_subject() {
        let w = |s: &'static str| s.split(' ').collect::<Vec<_>>();
        for passive in [
            "فلسطيني في قصف إسرائيلي",
            "مزارع فلسطيني بقصف إسرائيلي",
            "عدد من الأطفال في هجوم",
            "طفلة يمنية من جراء استهداف",
            "نجل زعيم التنظيم في هجوم",
        ] {
            assert!(killed_in_circumstance(&w(passive)), "{passive}");
        }
        for active in [
            // An object first: a number, an accusative.
            "شاب أمريكي 4 أشخاص عندما",
            "تمساح قسا أثناء تعميد",
            "القوات الإسرائيلية فلسطينيا قرب الجدار",
            // `مشتبه به`: a pronoun after `ب`.
            "مشتبه به انتحاري 26 شخصا",
            // An age: she killed her son.
            "امرأة أمريكية في الـ 92 من عمرها ابنها",
            // A subject in the nominative, a time first, no circumstance at all.
            "مدنيان عندما انفجرت سيارة",
            "اليوم في هجوم",
            "مسلح زوجته",
            "وأصيب عشرات الأشخاص في انهيار",
        ] {
            assert!(!killed_in_circumstance(&w(active)), "{active}");
        }
        assert!(is_unvowelled_killed("قتل") && is_unvowelled_killed("قتلت"));
        assert!(!is_unvowelled_killed("قتلوا"));
        // Vowelled, the verb shows its voice (`قُتل` has its own rule; `قَتَلَ` is active).
        assert!(!is_unvowelled_killed("قَتَلَ") && !is_unvowelled_killed("قُتل"));
    }

    #[test]
    fn nouns_of_listed_passives() {
        assert_eq!(event_noun("توفي", &["الفنان"]), Some("وفاة"));
        assert_eq!(event_noun("تُوفيت", &["الممثلة"]), Some("وفاة"));
        assert_eq!(event_noun("توفى", &["الروائي"]), Some("وفاة"));
        assert_eq!(event_noun("قُتل", &["الناشط"]), Some("مقتل"));
        assert_eq!(event_noun("قُتلت", &["متطوعة"]), Some("مقتل"));
        assert_eq!(event_noun("قتل", &["نحو"]), Some("مقتل"));
        assert_eq!(event_noun("قتل", &["٣"]), Some("مقتل"));
        assert_eq!(event_noun("أصيب", &["الرئيس"]), Some("إصابة"));
        assert_eq!(event_noun("أُصيبت", &["امرأة"]), Some("إصابة"));
        assert_eq!(event_noun("أعيد", &["انتخاب"]), Some("إعادة"));
        assert_eq!(event_noun("اعتُقل", &["رجل"]), Some("اعتقال"));
        assert_eq!(event_noun("انتُخب", &["رئيس"]), Some("انتخاب"));
        assert_eq!(event_noun("أُعدم", &["رجل"]), Some("إعدام"));
        assert_eq!(event_noun("اختُطف", &["صحفي"]), Some("اختطاف"));
        assert_eq!(event_noun("عُثر", &["على"]), Some("العثور"));
        assert_eq!(event_noun("أفرج", &["عن"]), Some("الإفراج"));
        assert_eq!(event_noun("أطلق", &["سراح"]), Some("إطلاق"));
        assert_eq!(event_noun("أُلقي", &["القبض"]), Some("إلقاء"));
        assert_eq!(event_noun("ألقي", &["القبض"]), Some("إلقاء"));
    }

    #[test]
    fn leaves_actives_and_other_words() {
        // Unvowelled, these are as often active: who did it follows.
        assert_eq!(event_noun("قتل", &["مسلحون"]), None);
        assert_eq!(event_noun("قتلت", &["القوات"]), None);
        assert_eq!(event_noun("اعتقل", &["الأمن"]), None);
        assert_eq!(event_noun("انتخب", &["البرلمان"]), None);
        assert_eq!(event_noun("عثر", &["علماء"]), None);
        assert_eq!(event_noun("أطلق", &["الجيش"]), None);
        // `ألقى القبض`: he arrested.
        assert_eq!(event_noun("ألقى", &["القبض"]), None);
        // A preposition after `أصيب` names no victim.
        assert_eq!(event_noun("أصيب", &["بجروح"]), None);
        assert_eq!(event_noun("أصيب", &["في"]), None);
        assert_eq!(event_noun("توفي", &["في"]), None);
        assert_eq!(event_noun("توفي", &["بسبب", "المرض"]), None);
        assert_eq!(event_noun("توفي", &["بالسرطان"]), None);
        // A name in `ب` after `توفي` (not after `أصيب`, whose `ب` is the injury's).
        assert_eq!(event_noun("توفيت", &["باربرا", "بوش"]), Some("وفاة"));
        assert_eq!(event_noun("أصيب", &["برصاص"]), None);
        // A coordinated passive, a time or a nominative subject after it.
        assert_eq!(event_noun("قُتل", &["وأصيب", "55"]), None);
        assert_eq!(event_noun("قتل", &["وجرح", "العشرات"]), None);
        assert_eq!(event_noun("قُتل", &["وزير", "الدفاع"]), Some("مقتل"));
        assert_eq!(event_noun("توفيت", &["صباح", "اليوم"]), None);
        assert_eq!(event_noun("قُتل", &["شرطيان", "ومسلحان"]), None);
        assert_eq!(event_noun("قُتل", &["قادة", "حوثيون"]), None);
        assert_eq!(event_noun("قتل", &["ثلاثة", "مسلحين"]), Some("مقتل"));
        assert_eq!(event_noun("قتل", &["عشرة", "أشخاص"]), Some("مقتل"));
        assert_eq!(event_noun("توفي", &["الجمعة", "الكاتب"]), None);
        assert_eq!(event_noun("توفيت", &["ليلة", "السبت"]), None);
        assert_eq!(event_noun("توفي", &["الفنان", "الكبير"]), Some("وفاة"));
        assert_eq!(event_noun("قتل", &["مليون", "شخص"]), Some("مقتل"));
        // A name ending like a dual is left as written too.
        assert_eq!(event_noun("انتُخب", &["إيفان", "دوكي"]), None);
        // After a preposition the case is the genitive anyway.
        assert_eq!(event_noun("عُثر", &["على", "جثمان"]), Some("العثور"));
        // No word after it, or not a listed verb.
        assert_eq!(event_noun("توفي", &[]), None);
        assert_eq!(event_noun("أعلن", &["الوزير"]), None);
        assert_eq!(event_noun("وفاة", &["الفنان"]), None);
        assert_eq!(event_noun("توفيق", &["الحكيم"]), None);
    }

    #[test]
    fn met_death_by_its_noun() {
        assert!(met_death("لقي", &["7", "أشخاص"]));
        assert!(met_death("لقيت", &["امرأة"]));
        assert!(!met_death("لقي", &["شخصان"]));
        assert!(!met_death("لقي", &["الجمعة", "رجل"]));
        assert!(!met_death("لقي", &[]));
        assert!(!met_death("تلقى", &["رجل"]));
    }
}
