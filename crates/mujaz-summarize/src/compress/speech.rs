//! Reported speech in headline form (see [`super::CompressOptions::reported_speech`]):
//! `قال X إن Y` → `X: Y`, `قال X إنه يتوقع Y` → `X يتوقع Y`, `أعلن X عن Y` → `X: Y`,
//! `أعلن X مقتل Y` → `X: مقتل Y`, `تمكن X من القبض على Y` → `X: القبض على Y`, `أفاد X بمقتل
//! Y` → `X: مقتل Y`, `خلص X إلى أن Y` → `X: Y`, `وكان X قد قال إن Y` → `X: Y`; a speaker too
//! long for a headline goes by the name the article gives them elsewhere (`وأضاف مورينيو` →
//! `مورينيو: Y`).

use mujaz_text::{Analysis, AnalyzedToken, TokenKind};

use super::{
    announces_complement, first_chars, is_full_stop, joins_family_name, strip_conjunction,
    ATTRIBUTION_TAILS, DAYS, DAY_AFTER, DAY_AFTER_FEMININE, DAY_BEFORE, INSERTION_OPENERS,
    RELATIVES,
};

/// Verbs of saying that report without judging, normalized (`نفى`, `زعم`, `ادعى`, which
/// deny or doubt what follows, are left out: a colon would assert it).
const SAYING_VERBS: &[&str] = &[
    "قال",
    "قالت",
    "يقول",
    "تقول",
    "اعلن",
    "اعلنت",
    "اكد",
    "اكدت",
    "ذكر",
    "ذكرت",
    "افاد",
    "افادت",
    "اوضح",
    "اوضحت",
    "صرح",
    "صرحت",
    "كشف",
    "كشفت",
    "اضاف",
    "اضافت",
    "راي",
    "رات",
    "اعتبر",
    "اعتبرت",
    "اعترف",
    "اعترفت",
    "اقر",
    "اقرت",
    // `شدد الوزير على أن`: its `على` closes the speaker, as `أكد`'s does.
    "شدد",
    "شددت",
];
/// Whether `w` (normalized) is a verb of saying that reports (see `SAYING_VERBS`), alone or
/// after `و`/`ف`.
pub(super) fn is_saying_verb(w: &str) -> bool {
    SAYING_VERBS.contains(&strip_conjunction(w).unwrap_or(w)) || SAYING_VERBS.contains(&w)
}

/// Place names whose final alef is their own, not a case ending.
const NAMES_IN_ALEF: &[&str] = &[
    "فرنسا",
    "امريكا",
    "اميركا",
    "كندا",
    "هولندا",
    "بولندا",
    "اوروبا",
    "كوبا",
    "اوغندا",
    "رواندا",
    "فنلندا",
    "ايرلندا",
    "اسكتلندا",
    "نيوزيلندا",
    "تايلندا",
    "بنما",
    "غانا",
];

/// Names and nouns in `-يا` whose final alef is their own, not a case ending, normalized:
/// places (`روسيا`, `كوريا`), given names (`ميلانيا`) and nouns (`ميليشيا`, `تكنولوجيا`). An
/// indefinite nisba in `-يا` is an accusative (`إن فلسطينيا لقي مصرعه`, `أن شرطيا ألمانيا`);
/// a name left off this list only keeps its sentence's verb of saying.
const NAMES_IN_YEH_ALEF: &[&str] = &[
    // Countries and regions.
    "روسيا",
    "كوريا",
    "تركيا",
    "سوريا",
    "بريطانيا",
    "المانيا",
    "ايطاليا",
    "اسبانيا",
    "ليبيا",
    "افريقيا",
    "اسيا",
    "استراليا",
    "اندونيسيا",
    "ماليزيا",
    "اثيوبيا",
    "اريتريا",
    "نيجيريا",
    "كينيا",
    "تنزانيا",
    "زامبيا",
    "غامبيا",
    "ناميبيا",
    "ليبيريا",
    "غينيا",
    "موريتانيا",
    "كولومبيا",
    "بوليفيا",
    "كرواتيا",
    "صربيا",
    "رومانيا",
    "بلغاريا",
    "سلوفاكيا",
    "سلوفينيا",
    "البانيا",
    "مقدونيا",
    "ارمينيا",
    "جورجيا",
    "ليتوانيا",
    "لاتفيا",
    "استونيا",
    "اوكرانيا",
    "منغوليا",
    "كمبوديا",
    "سيبيريا",
    "كاتالونيا",
    "بوسنيا",
    "ابخازيا",
    "اوسيتيا",
    "اسكندينافيا",
    "يوغوسلافيا",
    "اوقيانوسيا",
    "انطاليا",
    // Cities and states.
    "مرسيليا",
    "صوفيا",
    "نيقوسيا",
    "كاليفورنيا",
    "فرجينيا",
    "فيرجينيا",
    "بنسلفانيا",
    "فيلادلفيا",
    // Given names.
    "ميلانيا",
    "يوليا",
    "فيكتوريا",
    "ماريا",
    "ناديا",
    "داليا",
    "رانيا",
    "سونيا",
    "تانيا",
    "اوليفيا",
    "كلوديا",
    "زكريا",
    // Nouns.
    "ميليشيا",
    "مليشيا",
    "تكنولوجيا",
    "بكتيريا",
    "بكتريا",
    "مافيا",
    "دنيا",
];

/// A word in the indefinite accusative (`رجلا`, `هجوماً`, `مؤتمرا`, `فلسطينيا`): the subject
/// of `إن` that would read wrong after a colon (`الشرطة: رجلا أقدم`). Names whose alef is
/// their own (`فرنسا`, `روسيا`), broken plurals in `-ايا` (`ضحايا`, `قضايا`) and words with a
/// pronoun (`بلادها`) are taken as not.
fn is_indefinite_accusative(norm: &str, original: &str) -> bool {
    if original.ends_with('\u{064B}') || original.ends_with("\u{064B}ا") {
        return true;
    }
    norm.ends_with('ا')
        && !norm.starts_with("ال")
        && norm.chars().count() >= 4
        && !norm.ends_with("ايا")
        && !norm.ends_with("ها")
        && !NAMES_IN_ALEF.contains(&norm)
        && !NAMES_IN_YEH_ALEF.contains(&norm)
}

/// A plural, dual or number in the case `إن` gives its subject (`المسؤولين الأوروبيين`,
/// `فلسطينيين اثنين`, `البلدين`, `اثنين من`): a number, a nisba plural (`-يين`), a `-ين`
/// word whose adjective agrees (`next` also in `-ين`), or a definite `-ين` word of six
/// letters or more. Names in `-ين` (`الصين`, `بوتين`, `البحرين`) are neither.
fn is_oblique_plural(norm: &str, next: &str) -> bool {
    let len = norm.chars().count();
    // `تعيين`, `تزيين`: the noun of an event (`تفعيل`) whose root ends in `ين`.
    let event = len == 5 && norm.starts_with('ت') && norm.chars().nth(3) == Some('ي');
    OBLIQUE_NUMBERS.contains(&norm)
        || !event
            && norm.ends_with("ين")
            && len >= 5
            && (norm.ends_with("يين")
                || next.ends_with("ين") && next.chars().count() >= 4
                || norm.starts_with("ال") && len >= 6 && !NAMES_IN_YEH_NOON.contains(&norm))
}

/// A sound plural or dual of a participle in construct, in the case `إن` gives it
/// (`مسلحي التنظيم`, `موظفي الشركة`, `منتخبي السعودية والإمارات`: `-و`/`-ا` in the nominative):
/// a word of five letters or more in `م...ي` without the article, as written with a yeh. Not
/// `محامي` (a lawyer, whose yeh is its own).
fn is_oblique_construct(norm: &str, original: &str) -> bool {
    !norm.starts_with("ال")
        && norm.starts_with('م')
        && original.ends_with('ي')
        && norm.chars().count() >= 5
        && norm != "محامي"
}

/// Numbers in the case `إن` gives (`إن اثنين من ...`, `أن عشرين شخصا`).
const OBLIQUE_NUMBERS: &[&str] = &[
    "اثنين",
    "اثنتين",
    "عشرين",
    "ثلاثين",
    "اربعين",
    "خمسين",
    "ستين",
    "سبعين",
    "ثمانين",
    "تسعين",
];

/// Place names in `ال...ين` (not plurals or duals).
const NAMES_IN_YEH_NOON: &[&str] = &["البحرين", "الارجنتين", "الفلبين", "النهرين"];

/// Most tokens in a circumstance closing the speaker (`في تصريح للإذاعة على هامش زيارة أداها
/// إلى ... لافتتاح ...` runs past 16; 24 changed 5 dev headlines, all rightly).
const MAX_SPEAKER_TAIL: usize = 24;

/// Nouns after `في` that make a circumstance of a statement (`في مقابلة`, `في بيان`).
const STATEMENT_SETTINGS: &[&str] = &[
    "مقابلة",
    "تصريح",
    "تصريحات",
    "بيان",
    "حديث",
    "كلمة",
    "خطاب",
    "مؤتمر",
    "لقاء",
    "جلسة",
    "اجتماع",
    "ختام",
    "افتتاح",
    "تغريدة",
    "منشور",
    "رسالة",
    "بلاغ",
    "حوار",
    "مداخلة",
    "ندوة",
    "تعليقه",
    "تعليقها",
    "رده",
    "ردها",
    "تقرير",
    // `في اتصال هاتفي مع`, `في تسجيل صوتي`.
    "اتصال",
    "تسجيل",
    // `في سلسلة تغريدات`.
    "سلسلة",
    "المؤتمر",
    // `في خطوة تصعيدية`: what the statement does.
    "خطوة",
];

/// True for a [setting of a statement](STATEMENT_SETTINGS), bare or with the speaker's pronoun
/// (`مؤتمرها`, `بيانه`, `كلمته` of `كلمة`).
fn is_statement_setting(w: &str) -> bool {
    let own = |stem: &str| {
        STATEMENT_SETTINGS.contains(&stem)
            || stem.strip_suffix('ت').is_some_and(|s| {
                STATEMENT_SETTINGS
                    .iter()
                    .any(|x| x.strip_suffix('ة') == Some(s))
            })
    };
    // `في البيان الذي نشره`, `في المقابلة`.
    let w = w.strip_prefix("ال").unwrap_or(w);
    STATEMENT_SETTINGS.contains(&w)
        || ["ها", "ه"]
            .iter()
            .any(|p| w.strip_suffix(p).is_some_and(own))
}

/// Where words that close a speaker without being theirs begin, up to the complementizer
/// `comp`: a time (`اليوم`, `أمس`, `مؤخرا`, a day name, `قبل سنة`) and the `على` of `أكد ... على أن`
/// (`قال الوزير اليوم إن`, `أكد الرئيس على أنه`). Never the whole speaker.
fn closing_time(
    toks: &[AnalyzedToken],
    norm: &[&str],
    text: &str,
    start: usize,
    comp: usize,
) -> Option<usize> {
    let mut a = comp;
    let mut found = false;
    while a > start {
        let (w, t) = (norm[a - 1], &toks[a - 1]);
        // `يوم الخميس الماضي`: a day's `الماضي`/`المقبل` is the day's.
        // So is the night's (`الليلة الماضية`).
        let of_day =
            dates_a_day(w) && a >= 2 && (DAYS.contains(&norm[a - 2]) || is_time_word(norm[a - 2]));
        // `رسميا` ("officially"), `مجددا` ("again"), `أيضا` close a speaker like a time
        // (`أعلنت الصين رسميا عن`, `أكد ترامب مجددا أن`).
        let time = is_time_word(w) || CLOSING_ADVERBS.contains(&w) || of_day;
        // `على` by its spelling: normalized it is also the name `علي`. A participle of
        // saying right before `أن` repeats the verb (`أعلن بوتين مؤكدا أن`).
        let ala = a == comp
            && (w == "علي" && text[t.start..t.end].ends_with('ى')
                || SAYING_PARTICIPLES.contains(&w));
        // `قبل سنة`, `قبل 3 أيام` ("ago"): the whole of it, down to its `قبل`.
        if super::DURATIONS.contains(&w) {
            let counted = a >= 3 && toks[a - 2].kind == TokenKind::Number;
            let qabl = if counted { a - 3 } else { a.saturating_sub(2) };
            if a >= 2 && qabl >= start && norm[qabl] == "قبل" {
                found = true;
                a = qabl;
                continue;
            }
        }
        if !(time || ala || w == ",") {
            break;
        }
        found |= time || ala;
        a -= 1;
    }
    // `في الساعات الأولى من يوم السبت`, `في ساعة متأخرة من مساء الأحد`, `في وقت متأخر
    // الأربعاء`: the hours (and the `من` they are of) are the time's too, from their `في`.
    if found && a > 1 {
        let hours_end = if norm[a - 1] == "من" { a - 1 } else { a };
        let mut j = hours_end;
        while j > start && hours_end - j < 3 && HOURS.contains(&norm[j - 1]) {
            j -= 1;
        }
        if j < hours_end && j > start && norm[j - 1] == "في" {
            a = j - 1;
        }
    }
    // A time a preposition governs stays (`قبل ساعات من يوم السبت`).
    let governed = a > 0 && matches!(norm[a - 1], "من" | "في" | "منذ" | "حتي" | "الي" | "عن");
    let speaker_left = (start..a).any(|k| toks[k].kind.is_word());
    (found && !governed && speaker_left).then_some(a)
}

/// Adverbs that close a speaker like a time (`رسميا`, `مجددا`, `أيضا`), normalized.
/// So do "after it", "later", "at the time", "likewise", "in turn" and "publicly": with nothing
/// before them they are no speaker (`قالت بعدها إن` had become `بعدها: ...`).
const CLOSING_ADVERBS: &[&str] = &[
    "مؤخرا",
    "رسميا",
    "مجددا",
    "ايضا",
    "بعدها",
    "بعده",
    "لاحقا",
    "حينها",
    "وقتها",
    "كذلك",
    "بدوره",
    "بدورها",
    "بدورهم",
    "بدورهما",
    "علنا",
    "صراحة",
    // How it was said (`قالت مازحة إن`).
    "مازحا",
    "مازحة",
    "ضاحكا",
    "ضاحكة",
    "مبتسما",
    "مبتسمة",
    "ساخرا",
    "ساخرة",
    "متهكما",
    "متهكمة",
];

/// Words of the hours before a day's `من` (`في الساعات الأولى من`, `في ساعة متأخرة من`,
/// `في وقت مبكر من`), normalized.
const HOURS: &[&str] = &[
    "الساعات",
    "ساعات",
    "ساعة",
    "الساعة",
    "الاولي",
    "الاخيرة",
    "متاخرة",
    "متاخر",
    "مبكرة",
    "مبكر",
    "وقت",
];

/// Where the circumstance of a statement at the end of its speaker begins when token `k`
/// opens one: `في مقابلة ...`, `خلال زيارته ...`, `على هامش ...`, `عقب ...`, `أمام ...`, who was
/// told, and "earlier" ([`is_then`]), whose dash before it goes with it (`الوزارة - في وقت
/// سابق - إن`: `k - 1`); `None` when `k` opens none.
fn circumstance_start(norm: &[&str], k: usize) -> Option<usize> {
    let (w, next) = (norm[k], norm.get(k + 1).copied().unwrap_or(""));
    let third = norm.get(k + 2).copied().unwrap_or("");
    let then = is_then(w, next, third).and_then(|len| {
        // Between commas or dashes before what was said, the tail takes them (`، في وقت
        // سابق، إن`, `- في وقت سابق - إن`, from the first dash); before another word an
        // aside goes whole (`، في وقت سابق، بأن`).
        let after = norm.get(k + len).copied().unwrap_or("");
        let closed = || norm.get(k + len + 1).is_some_and(|n| is_that(n));
        match norm[k.checked_sub(1)?] {
            "," => (after != "," || closed()).then_some(k),
            "-" | "–" => (matches!(after, "-" | "–") && closed()).then_some(k - 1),
            w => (!is_punct_token(w) && (after != "," || closed())).then_some(k),
        }
    });
    if then.is_some() {
        return then;
    }
    // `إثر` but in `على إثر`, where the circumstance would begin a word earlier.
    let after = w == "اثر" && k > 0 && !norm[k - 1].ends_with("علي");
    (matches!(w, "خلال" | "عقب" | "قبيل" | "اثناء" | "امام" | "بعد")
        || after
        || w == "من" && next == "خلال"
        || w == "في" && is_statement_setting(next)
        || is_channel(w, next)
        || w == "علي" && next == "هامش"
        || is_addressee_at(norm, k)
        || is_media_addressee(norm, k))
    .then_some(k)
}

/// True when `w`, `next`, `third` (normalized) open "earlier", "later", "once" or "at the
/// time" (`في وقت سابق`, `في وقت لاحق`, `ذات مرة`, `ذات يوم`, `آنذاك`): when it was said, which
/// a headline's colon leaves out (`قال ترامب في وقت سابق:` → `ترامب:`). A circumstance, not
/// a time: the verb keeps its past, and its place, in a standfirst.
/// Returns how many words it takes.
fn is_then(w: &str, next: &str, third: &str) -> Option<usize> {
    if w == "في" && next == "وقت" && matches!(third, "سابق" | "لاحق") {
        Some(3)
    } else if w == "ذات" && matches!(next, "مرة" | "يوم") {
        Some(2)
    } else {
        matches!(w, "انذاك" | "حينذاك" | "وقتذاك").then_some(1)
    }
}

/// A punctuation token (normalized): no letter or digit in it.
fn is_punct_token(w: &str) -> bool {
    !w.chars().any(char::is_alphanumeric)
}

/// True when `w` (then `next`) opens the channel a statement went out on: `عبر حسابها
/// الرسمي`, `عبر "تويتر"` (not `عبر` the verb, "expressed"), or the speaker's own `على موقعه
/// الإلكتروني`, `على حسابها في تويتر`, `على تويتر`.
fn is_channel(w: &str, next: &str) -> bool {
    w == "علي"
        && matches!(
            next,
            "موقعه"
                | "موقعها"
                | "حسابه"
                | "حسابها"
                | "صفحته"
                | "صفحتها"
                // `كتب ترامب على تويتر:`.
                | "تويتر"
                | "فيسبوك"
                | "انستغرام"
        )
        || w == "عبر"
            && (next.starts_with("حساب")
                || next.starts_with("صفح")
                || matches!(next, "\"" | "تويتر" | "موقعها" | "موقعه" | "تغريدة"))
}

/// Those a statement was made to (`لمراسل الجوهرة`, `لـ"العربية.نت"`, `للصحفيين`). Not
/// `لوكالة`, `لشبكة`, `لموقع`: after a title they are its genitive (`الرئيس الأسبق لوكالة
/// الاستخبارات`, `المنسق العام لشبكة دستورنا`).
const ADDRESSEES: &[&str] = &[
    "مراسل",
    "مراسلة",
    "الصحفيين",
    "الصحافيين",
    "الصحافة",
    "الجوهرة",
    "العربية",
];

/// True when token `k` opens `لبي بي سي` (`عربي`, `نيوز`, `سبورت`) or `للصحيفة` right before
/// what was said (its `إن`, a colon or a quotation mark): who was told (`قال مصدر لبي بي سي
/// إن`). Elsewhere they are a genitive (`تحقيق لبي بي سي يكشف`, `المحررة السياسية لبي بي
/// سي،`, `تحدث للصحيفة الكورية`).
fn is_media_addressee(norm: &[&str], k: usize) -> bool {
    let at = |j: usize| norm.get(j).copied().unwrap_or("");
    let end = if at(k) == "لبي" && at(k + 1) == "بي" && at(k + 2) == "سي" {
        k + 3 + usize::from(matches!(at(k + 3), "عربي" | "نيوز" | "سبورت"))
    } else if at(k) == "للصحيفة" {
        k + 1
    } else if MEDIA_KINDS.contains(&at(k))
        && MEDIA_NAMES.contains(&at(k + 1 + usize::from(at(k + 1) == "\"")))
        // `المدير العام لوكالة الأنباء`: a title's genitive.
        && !(k > 0 && TITLES_OF_MEDIA.contains(&norm[k - 1]))
    {
        // `لوكالة فرانس برس`, `لصحيفة "واشنطن بوست"`: the medium's name, up to what was said.
        let said = |j: usize| is_that(at(j)) || at(j) == ":";
        match (k + 2..k + 7).find(|&j| said(j) || matches!(at(j), "," | "." | "(" | ")")) {
            Some(j) if said(j) => j,
            // `لصحيفة واشنطن بوست، أن`.
            Some(j) if at(j) == "," && said(j + 1) => j + 1,
            _ => return false,
        }
    } else {
        return false;
    };
    let genitive = k > 0 && OF_THE_MEDIA.contains(&norm[k - 1]);
    !genitive && (is_that(at(end)) || matches!(at(end), ":" | "\""))
}

/// Media a statement was made to by kind (`لوكالة فرانس برس`, `لصحيفة واشنطن بوست`),
/// normalized; only before one of [`MEDIA_NAMES`].
const MEDIA_KINDS: &[&str] = &[
    "لوكالة",
    "لصحيفة",
    "لقناة",
    "لشبكة",
    "لموقع",
    "لتلفزيون",
    "لاذاعة",
    "لمجلة",
];

/// Titles a medium follows as their genitive (`المدير العام لوكالة الأنباء`, `رئيس تحرير`
/// is written without `ل`), normalized.
const TITLES_OF_MEDIA: &[&str] = &[
    "العام",
    "العامة",
    "التنفيذي",
    "التنفيذية",
    "مدير",
    "المدير",
    "مديرة",
    "المديرة",
    "رئيس",
    "الرئيس",
    "رئيسة",
    "نائب",
    "مستشار",
    "عضو",
    "مؤسس",
    "مالك",
    "صاحب",
    "ناشر",
    "محلل",
    "المحلل",
    "كاتب",
    "الكاتب",
    "مصور",
    "المصور",
    "مذيع",
    "المذيع",
    "مذيعة",
    "المذيعة",
    "مقدم",
    "مقدمة",
    "خبير",
];

/// The first word of media names (normalized): `فرانس برس`, `رويترز`, `الأنباء ...`,
/// `واشنطن بوست`, `الشرق الأوسط`.
const MEDIA_NAMES: &[&str] = &[
    "فرانس",
    "رويترز",
    "الانباء",
    "انباء",
    "اسوشيتد",
    "بلومبرغ",
    "بلومبيرغ",
    "سبوتنيك",
    "تاس",
    "الاناضول",
    "واشنطن",
    "نيويورك",
    "وول",
    "الغارديان",
    "غارديان",
    "التايمز",
    "الشرق",
    "الحياة",
    "الجزيرة",
    "العربية",
    "فوكس",
    "بيلد",
    "لوموند",
    "فايننشال",
];

/// Words a medium follows as their genitive (`تحقيق لبي بي سي`, `المحرر السياسي لبي بي سي`),
/// normalized.
const OF_THE_MEDIA: &[&str] = &[
    "تحقيق",
    "تقرير",
    "برنامج",
    "فيلم",
    "استطلاع",
    "دراسة",
    "تحليل",
    "مراسل",
    "مراسلة",
    "المراسل",
    "المراسلة",
    "محرر",
    "محررة",
    "المحرر",
    "المحررة",
    "موقع",
    "الموقع",
    "خدمة",
    "فريق",
    "سابق",
    "السابق",
    "السياسي",
    "السياسية",
    "الدبلوماسي",
    "الدبلوماسية",
    "الاقتصادي",
    "الاقتصادية",
    "الامني",
    "الامنية",
    "العسكري",
    "العسكرية",
    "العلمي",
    "العلمية",
    "الرياضي",
    "الرياضية",
    "وثائقي",
];

/// Those a statement was made to when they are someone's (`لنظيره الفرنسي`, `لزملائه`,
/// `للاعبيه`, `لأنصاره`), normalized, without the pronoun.
const OWN_ADDRESSEES: &[&str] = &[
    "نظير",
    "نظيرت",
    "زميل",
    "زميلت",
    "زملاء",
    "زملائ",
    "لاعبي",
    "انصار",
    "مؤيدي",
    "جمهور",
    "متابعي",
    "مواطني",
    "شعب",
    "ضيوف",
    "محاوري",
    "مستمعي",
    "قراء",
    "قرائ",
];

/// True when `w` (then `next`) is `ل` and one of [`ADDRESSEES`], or one of
/// [`OWN_ADDRESSEES`] with a pronoun on it.
fn is_addressee(w: &str, next: &str) -> bool {
    let own = w.strip_prefix('ل').is_some_and(|rest| {
        ["هما", "هم", "ها", "ه"]
            .iter()
            .find_map(|p| rest.strip_suffix(p))
            .is_some_and(|noun| OWN_ADDRESSEES.contains(&noun))
    });
    if own {
        return true;
    }
    let noun = match w {
        "لـ" | "ل" => next.trim_start_matches('"'),
        // `للصحفيين`: `ل` and `الصحفيين`, its alef dropped.
        _ => match w.strip_prefix("لل") {
            Some(rest) => {
                return ADDRESSEES
                    .iter()
                    .any(|a| a.strip_prefix("ال") == Some(rest))
            }
            None => w.strip_prefix('ل').unwrap_or(""),
        },
    };
    ADDRESSEES.contains(&noun)
}

/// True when `w` (then `next`), right after a verb of saying, is who was told or spoken of: an
/// [`is_addressee`], a medium by kind with any name (`لصحيفة كوريير ديلا سيرا`), `لبي بي
/// سي`, `لوسائل الإعلام`, a pronoun (`لها`, `لهم`, `عنها`) or people in a broken plural (`لرجال
/// دين`). After the verb no subject takes `ل`; `لجنة`, `لافروف`, `لاعب` are no `ل` and a word.
fn tells_first(w: &str, next: &str) -> bool {
    is_addressee(w, next)
        || MEDIA_KINDS.contains(&w)
        || w == "لبي" && next == "بي"
        || matches!(w, "لوسائل" | "له" | "لها" | "لهم" | "لهما" | "لنا")
        // A medium by name alone (`قال لرويترز "..."`).
        || w.strip_prefix('ل').is_some_and(|name| MEDIA_NAMES.contains(&name))
        // Of whom it was said (`يقول عنها المحكمون:` had made `عنها المحكمون:`).
        || matches!(w, "عنه" | "عنها" | "عنهم" | "عنهما")
        || w.strip_prefix("لل")
            .or_else(|| w.strip_prefix('ل'))
            .is_some_and(|noun| {
                // The genitive's `-ين` as the `-ون` the plural test reads (`لمسؤولين`).
                let nominative = noun.strip_suffix("ين").map(|stem| format!("{stem}ون"));
                super::tense::names_people_in_plural(nominative.as_deref().unwrap_or(noun))
            })
}

/// Verbs that quote only with the article's colon after the speaker (`تابع الوزير: "..."`,
/// `كتب ترامب على تويتر: "..."`), normalized; with `أن` they may say something else (`تابع
/// المحققون أن`).
const QUOTING_VERBS: &[&str] = &[
    "تابع",
    "تابعت",
    "يتابع",
    "تتابع",
    "كتب",
    "كتبت",
    "يكتب",
    "تكتب",
    "اردف",
    "اردفت",
    // `اختتم فينغر حديثه قائلا:`.
    "اختتم",
    "اختتمت",
];

/// Whether `w` (normalized) announces a quotation a colon may open (`قال`, `وأضاف`, `كتب`,
/// `قائلا`, `جاء فيها`): a headline is not cut at that colon, which would leave who spoke
/// and nothing said.
pub(super) fn introduces_quote(w: &str) -> bool {
    let bare = strip_conjunction(w).unwrap_or(w);
    [w, bare].iter().any(|v| {
        SAYING_VERBS.contains(v)
            || QUOTING_VERBS.contains(v)
            || QUOTING_WORDS.contains(v)
            || matches!(
                *v,
                "يضيف"
                    | "تضيف"
                    | "غرد"
                    | "غردت"
                    | "يغرد"
                    | "تغرد"
                    | "فيها"
                    | "فيه"
                    | "اجاب"
                    | "اجابت"
                    | "علق"
                    | "علقت"
                    | "مضيفا"
                    | "مضيفة"
                    | "بقوله"
                    | "بقولها"
                    | "ساله"
                    | "سالها"
                    | "خاطب"
                    | "عنونت"
                    | "تساءل"
                    | "تساءلت"
                    | "قالا"
                    | "قالوا"
                    | "جاء"
                    | "مقولة"
                    | "لمقولة"
            )
    })
}

/// Whether token `j` is `أن`/`أنه` (or an unvowelled `ان`), which opens no quotation; `إن`/
/// `إنه` may (`"إن لم تتحسن"`).
fn is_an_that(toks: &[AnalyzedToken], norm: &[&str], text: &str, j: usize) -> bool {
    toks.get(j)
        .is_some_and(|t| is_that(norm[j]) && !text[t.start..t.end].starts_with('إ'))
}

/// Whether the quotation mark at token `k` opens a quotation of four words or more that runs
/// to the end of the sentence or of its clause (a comma, a full stop or a word with `و` after
/// the closing mark), not a name in quotation marks.
fn opens_quotation(toks: &[AnalyzedToken], norm: &[&str], text: &str, k: usize) -> bool {
    // Not `أن`/`أنه` first (`قالت "أن يفوز ..."`), as after the article's colon.
    if is_an_that(toks, norm, text, k + 1) {
        return false;
    }
    let close = (k + 1..toks.len()).find(|&j| norm[j] == "\"");
    let inner = toks[k + 1..close.unwrap_or(toks.len())]
        .iter()
        .filter(|t| t.kind.is_word())
        .count();
    let ends_clause = close.is_none_or(|j| {
        norm.get(j + 1).is_none_or(|n| {
            matches!(*n, "," | "." | "!" | "?" | ";") || n.starts_with('و') && n.chars().count() > 2
        })
    });
    // A name: after a noun that takes one (`قناة "سي إن إن ترك"`, `بعنوان "..."`), or with what
    // was said still to come (`، اليوم السبت، أن`).
    // An indefinite noun, bare or with `ل`/`ب` (`لشبكة "ان بى سى نيوز"`); `الشركة "نؤكد ..."`
    // is the speaker.
    let before = norm[k - 1];
    let named = [before, before.strip_prefix(['ل', 'ب']).unwrap_or(before)]
        .iter()
        .any(|w| NAMED_IN_QUOTES.contains(w));
    // Past commas and a time only (`"..."، مضيفا أن` is another verb's).
    let said_later = close.is_some_and(|j| {
        norm[j + 1..]
            .iter()
            .find(|n| !(**n == "," || is_time_word(n)))
            .is_some_and(|n| matches!(*n, "ان" | "بان" | "انه" | "انها" | "عن"))
    });
    inner >= 4 && ends_clause && !named && !said_later
}

/// Nouns a name in quotation marks follows (normalized, indefinite): `قناة "سي إن إن ترك"`,
/// `منظمة "تيل ماما"`, `بعنوان "..."`, `اختصارا بـ "..."`.
const NAMED_IN_QUOTES: &[&str] = &[
    "قناة",
    "منظمة",
    "صحيفة",
    "مجلة",
    "موقع",
    "شبكة",
    "وكالة",
    "برنامج",
    "حملة",
    "حركة",
    "جماعة",
    "جمعية",
    "كتاب",
    "كتابه",
    "فيلم",
    "مسلسل",
    "تحالف",
    "حزب",
    "شركة",
    "مؤسسة",
    "مركز",
    "عملية",
    "مبادرة",
    "بعنوان",
    "باسم",
    "اسم",
    "تنظيم",
    "مقال",
    "مقالة",
    "وسم",
    "هاشتاغ",
    "اختصارا",
    "بـ",
    "ب",
];

/// Verbs that relay what someone said (`نقلت وكالة رويترز عن المتحدث قوله إن`), normalized.
const RELAYING_VERBS: &[&str] = &["نقل", "نقلت", "ينقل", "تنقل"];

/// Most tokens between a relaying verb and its `عن` (`وكالة رويترز للأنباء`).
const MAX_RELAYER_TOKENS: usize = 6;

/// "His saying" after the one quoted (`نقلت الوكالة عن المتحدث قوله إن`), normalized.
const QUOTED_AS_SAYING: &[&str] = &["قوله", "قولها", "قولهم", "قولهما"];

/// Words that announce a quotation after its speaker (`تابع الأسد قائلا:`), or name what the
/// verb goes on with, normalized.
const QUOTING_WORDS: &[&str] = &[
    "قائلا",
    "قائلة",
    "قائلين",
    "بالقول",
    "قوله",
    "قولها",
    // `يكتب قرقاش يقول:`.
    "يقول",
    "تقول",
    // `تابع المسؤول حديثه قائلا:`: what the verb continued.
    "حديثه",
    "حديثها",
    "تصريحاته",
    "تصريحاتها",
    "كلامه",
    "كلامها",
];

/// [`is_addressee`] at token `k`, and with the name in quotation marks as a token of its own
/// after `لـ` (`لـ"العربية.نت"`, `لـ "رويترز"`).
fn is_addressee_at(norm: &[&str], k: usize) -> bool {
    let at = |j: usize| norm.get(j).copied().unwrap_or("");
    is_addressee(at(k), at(k + 1))
        || matches!(at(k), "لـ" | "ل")
            && at(k + 1) == "\""
            && (ADDRESSEES.contains(&at(k + 2)) || MEDIA_NAMES.contains(&at(k + 2)))
}

/// Most words of an apposition inside a statement's circumstance (`لزميله الحالي، ليونيل ميسي،
/// أن`).
const MAX_TAIL_APPOSITION: usize = 4;

/// Imperfects `أنْ` most often makes "to" (normalized), past the listed verbs' own: `أن يتم`,
/// `أن يكون`, `أن ترتدي`.
const SUBJUNCTIVE_AFTER_AN: &[&str] = &[
    "يتم",
    "تتم",
    "يكون",
    "تكون",
    "يصبح",
    "تصبح",
    "يقوم",
    "تقوم",
    "يعود",
    "تعود",
    "يبقي",
    "تبقي",
    "يستمر",
    "تستمر",
    "يسمح",
    "تسمح",
    "يرتدي",
    "ترتدي",
    "يصار",
];

/// Verbs of saying whose news can follow `عن` (`أعلنت الشركة عن إطلاق ...`).
const ANNOUNCING_VERBS: &[&str] = &["اعلن", "اعلنت", "كشف", "كشفت"];

/// Verbs of saying that take the news as their object (`أعلنت الوزارة القبض على ...`,
/// `أظهرت بيانات الجمارك ارتفاع ...`).
const OBJECT_VERBS: &[&str] = &[
    "اعلن",
    "اعلنت",
    "اظهر",
    "اظهرت",
    "اكد",
    "اكدت",
    "كشف",
    "كشفت",
];

/// Verbs of reporting whose news follows `ب` on its noun (`أفادت الشرطة بمقتل 17 شخصا`, `تفيد
/// تقارير بوقوع انفجار`, as BBC writes its leads): `الشرطة: مقتل 17 شخصا`, the `ب` going with
/// the verb. With `بأن` they report as verbs of saying do.
const REPORTING_VERBS: &[&str] = &["افاد", "افادت", "يفيد", "تفيد"];

/// Verbs of finding and pointing out whose statement follows `إلى أن` (`تخلص دراسة حديثة إلى
/// أن ...`, `تشير التقارير إلى أن ...`, as BBC writes its leads): `دراسة حديثة: ...`, `إلى`
/// going with the verb. `خلص` and `أشار` also take a noun of an event after `إلى` (`تخلص
/// دراسة إلى وجود علاقة`); `توصل` does not: what it reaches is mostly an agreement.
const CONCLUDING_VERBS: &[&str] = &[
    "خلص",
    "خلصت",
    "يخلص",
    "تخلص",
    "توصل",
    "توصلت",
    "يتوصل",
    "تتوصل",
    "اشار",
    "اشارت",
    "يشير",
    "تشير",
    "لفت",
    "لفتت",
];

/// Verbal nouns that take `إلى` themselves (normalized), so that a noun after it is theirs,
/// not what a verb of finding found (`تشير التحقيقات والاستماع إلى أقوال`).
const NOUNS_TAKING_ILA: &[&str] = &[
    "الاستماع",
    "الاشارة",
    "الوصول",
    "الانضمام",
    "الدعوة",
    "النظر",
    "اللجوء",
    "العودة",
    "الانتقال",
    "الحاجة",
    "الاضافة",
    "التوصل",
    "السعي",
    "الاستناد",
    "الاحالة",
    "الزيارة",
];

/// Nouns of events in the first (irregular) form, normalized (`مقتل`, `وفاة`, `فوز`).
const EVENT_NOUNS: &[&str] = &[
    "مقتل",
    "مصرع",
    "وفاة",
    "فوز",
    "نمو",
    "هبوط",
    "خروج",
    "دخول",
    "وصول",
    "رفع",
    "خفض",
    "فتح",
    "بدء",
    "عودة",
    "سقوط",
    "نجاح",
    "فشل",
    "ضبط",
    "رفض",
    "دعم",
    "وقف",
    "قتل",
    "صدور",
    "نتائج",
    "زيادة",
    "حصول",
    "بيع",
    "شراء",
    "منع",
    "منح",
    "طرد",
    "حل",
    "فقدان",
    "غرق",
    "حريق",
    "قبض",
    "عثور",
    "عبور",
    "وقوع",
    "كشف",
    "سيطرة",
    "اطاحة",
    "حجز",
    "تاهل",
    "فرض",
    "استعادة",
    "توغل",
    "رصد",
    "قيام",
];

/// What `كشف` lifts in the idiom `كشف النقاب/الستار/اللثام عن` ("unveiled"), normalized.
pub(super) const UNVEILED: &[&str] = &["النقاب", "الستار", "اللثام"];

/// Verbs of achieving and the preposition before what was achieved (`تمكنت الشرطة من القبض
/// على ...`, `نجح الفريق في التأهل`): read like an announcement, `الشرطة: القبض على ...`.
const ACHIEVING_VERBS: &[(&str, &str)] = &[
    ("تمكن", "من"),
    ("تمكنت", "من"),
    ("نجح", "في"),
    ("نجحت", "في"),
];

/// The preposition before what a verb of achieving achieved (`تمكن` → `من`, `نجح` → `في`),
/// for `verb` (normalized, without `و`); `None` for any other verb.
pub(super) fn achieved_with(verb: &str) -> Option<&'static str> {
    ACHIEVING_VERBS
        .iter()
        .find(|(v, _)| *v == verb)
        .map(|&(_, prep)| prep)
}

/// True when `norm` (then `original`) names an event, with or without the article (`القبض`,
/// `إيقاف`, `السيطرة`; `التقاط` is itself the noun, not `ال` and `تقاط`).
fn is_event(norm: &str, original: &str) -> bool {
    is_event_noun(norm, original)
        || original.starts_with("ال")
            && norm.strip_prefix("ال").is_some_and(|stem| {
                // `التقاط` (`افتعال` of a root in `ل`) is shaped whole; `الباب` is not `إفعال`.
                EVENT_NOUNS.contains(&stem)
                    || is_event_noun(stem, stem)
                    || norm.chars().count() == 6 && is_event_noun(norm, "")
            })
}

/// Names shaped like a derived noun of an event (`تيسير`, `إيمان`).
const NAMES_LIKE_EVENTS: &[&str] = &[
    "تيسير",
    "ايمان",
    "اسلام",
    "احسان",
    "انتصار",
    "ابتسام",
    "اعتماد",
    "انشراح",
    "اكرام",
    "اسراء",
    "تغريد",
    "ادوار",
    "انطوان",
    "اسامة",
];

/// True when `norm` (then `original`, its spelling) is a noun of an event without the article
/// and without a pronoun or the indefinite accusative (`مقتل`, `إيداع`, `ارتفاع`, `تحرير`,
/// `موافقة`): the irregular first form by list, the derived forms by their shapes (`تفعيل`,
/// `إفعال`, `افتعال`, `انفعال`, `استفعال`, `تفاعل`, `مفاعلة`).
fn is_event_noun(norm: &str, original: &str) -> bool {
    if EVENT_NOUNS.contains(&norm) {
        return true;
    }
    // The article by the original spelling: `إلغاء` normalizes to `الغاء`.
    if NAMES_LIKE_EVENTS.contains(&norm)
        || original.starts_with("ال")
        || !is_bare_object(norm, original)
    {
        return false;
    }
    // The shapes have five to seven letters: read at most eight.
    let (c, len) = first_chars::<8>(norm);
    match len {
        // تحرير, إيداع, تراجع; إقالة, إصابة (form IV of a hollow root)
        5 => {
            c[0] == 'ت' && c[3] == 'ي'
                || c[0] == 'ا' && c[3] == 'ا'
                || c[0] == 'ت' && c[2] == 'ا'
                || c[0] == 'ا' && c[2] == 'ا' && c[4] == 'ة'
        }
        // ارتفاع, انخفاض, موافقة
        6 => {
            c[0] == 'ا' && (c[2] == 'ت' || c[1] == 'ن') && c[4] == 'ا'
                || c[0] == 'م' && c[2] == 'ا' && c[5] == 'ة'
        }
        // استئناف
        7 => norm.starts_with("است") && c[5] == 'ا',
        _ => false,
    }
}

/// A word that opens a statement of its own: a participle of saying (`مشيرا`, `مضيفا`) or a
/// verb of saying tied by `و` (`وأضاف`, `وقال`).
pub(super) fn opens_statement(w: &str) -> bool {
    SAYING_PARTICIPLES.contains(&w)
        || w.strip_prefix('و').is_some_and(|v| {
            SAYING_VERBS.contains(&v)
                || ACHIEVING_VERBS.iter().any(|(a, _)| *a == v)
                // Verbs of saying whose `إلى أن` no rule takes (`ولفتت إلى أن`).
                || matches!(v, "لفت" | "لفتت" | "اشار" | "اشارت")
        })
}

/// Participles of saying (`مؤكدا`, `مشيرة`), normalized.
pub(super) const SAYING_PARTICIPLES: &[&str] = &[
    "قائلا",
    "قائلة",
    "مشيرا",
    "مضيفا",
    "موضحا",
    "مؤكدا",
    "معتبرا",
    "لافتا",
    "مبينا",
    "مشيرة",
    "مضيفة",
    "موضحة",
    "مؤكدة",
    "معتبرة",
    "لافتة",
    "مبينة",
];

/// True when the `إن` at token `k` (normalized) is part of a name written apart: `إن بي سي`
/// (NBC), `مون جيه إن` / `مون جاي إن` (Moon Jae-in). (Written with a hyphen, `مون جاي-إن`, it
/// is no word of its own, which [`find`] tells by the space before it.)
fn in_a_name(norm: &[&str], k: usize) -> bool {
    norm.get(k + 1) == Some(&"بي") || k > 0 && matches!(norm[k - 1], "جيه" | "جاي")
}

/// `إن`/`أن`, bare or with the pronoun of who speaks or is spoken of (`إنه`, `إنها`, `إنهم`,
/// `إنهما`), normalized: what opens the words said.
fn is_that(w: &str) -> bool {
    matches!(w, "ان" | "انه" | "انها" | "انهم" | "انهما")
}

/// True when a complementizer comes later in the clause (`أعلن المهاجم الفرنسي أنطوان
/// غريزمان ... أنه`): the word taken for the object may be a name in the speaker.
fn complement_follows(rest: &[&str]) -> bool {
    rest.iter()
        .take_while(|x| !matches!(**x, "," | "." | "!" | "?" | ":"))
        .take(16)
        .enumerate()
        .any(|(i, &x)| {
            is_that(x)
                || x == "بان"
                // Not the `عن` of a report (`بعد تقارير عن سماع دوي انفجار`).
                || x == "عن" && !(i > 0 && REPORT_NOUNS.contains(&rest[i - 1]))
        })
}

/// Nouns whose complement `عن` is (normalized): `تقارير عن`, `أنباء عن`, `معلومات عن`; after
/// one, `عن` is neither the speaker's nor a sign that the speaker runs on.
const REPORT_NOUNS: &[&str] = &[
    "تقارير",
    "تقرير",
    "انباء",
    "معلومات",
    "تفاصيل",
    "اخبار",
    "حديث",
    "الحديث",
    "بحث",
    "البحث",
];

/// What follows token `k`, taken for the object, where [`complement_follows`] looks: past the
/// object's own `عن` when it is the noun of an event (`الكشف عن`, `الإفراج عن`), which is not
/// the speaker's.
fn object_rest<'n>(
    toks: &[AnalyzedToken],
    norm: &'n [&'n str],
    text: &str,
    k: usize,
) -> &'n [&'n str] {
    let t = &toks[k];
    let event = is_event(norm[k], &text[t.start..t.end]) || EVENT_NOUNS.contains(&norm[k]);
    if norm.get(k + 1) == Some(&"عن") && event {
        &norm[k + 2..]
    } else if event
        && norm.get(k + 1).is_some_and(|n| n.starts_with("ال"))
        && norm.get(k + 2) == Some(&"عن")
    {
        // `رفع الحظر عن`, `رفع العقوبات عن`: the object's own `عن`, past its noun.
        &norm[k + 3..]
    } else {
        &norm[k + 1..]
    }
}

/// Nouns of an event that `عن` complements and no speaker's name ends with (without the
/// article): `التوقف عن`, `التخلي عن`, `الإفراج عن`, `العفو عن`, `المسؤولية عن`.
const NOUNS_BEFORE_AN: &[&str] = &[
    "توقف",
    "امتناع",
    "تخلي",
    "تنازل",
    "كف",
    "عدول",
    "تراجع",
    "ابتعاد",
    "عزوف",
    "استغناء",
    "افراج",
    "عفو",
    "مسؤولية",
    "انسحاب",
    "بحث",
    "تغاضي",
];

/// True when the word before the `عن` at `k` is a verb of announcing's object, the noun of an
/// event with the article: one that `عن` complements ([`NOUNS_BEFORE_AN`]), or any after a
/// definite word, which it cannot continue as a speaker's name would (`السلطات الإيرانية
/// الإفراج`; `وزارة الدفاع`, after a noun without the article, is a name).
fn object_before_an(toks: &[AnalyzedToken], norm: &[&str], text: &str, k: usize) -> bool {
    if k < 2 || toks[k - 1].kind != TokenKind::Arabic || toks[k - 2].kind != TokenKind::Arabic {
        return false;
    }
    let t = &toks[k - 1];
    let original = &text[t.start..t.end];
    let Some(stem) = norm[k - 1].strip_prefix("ال") else {
        return false;
    };
    if !original.starts_with("ال") {
        return false;
    }
    NOUNS_BEFORE_AN.contains(&stem)
        || norm[k - 2].starts_with("ال")
            && !RELATIVES.contains(&norm[k - 2])
            // A relative adjective is shaped like `تفعيل` (`التركية`, `التونسي`).
            && !stem.ends_with('ي')
            && !stem.ends_with("ية")
            && is_event(norm[k - 1], original)
}

/// True when token `j` is in the accusative or oblique case, as what follows `إنّ` is
/// (`عددا`, `مسؤولين فلسطينيين`, `مسؤولي الوزارة`): after a colon it reads in the wrong case.
fn opens_in_accusative(toks: &[AnalyzedToken], norm: &[&str], text: &str, j: usize) -> bool {
    let t = &toks[j];
    let (n, o) = (norm[j], &text[t.start..t.end]);
    is_indefinite_accusative(n, o)
        || is_oblique_construct(n, o)
        || is_oblique_plural(n, norm.get(j + 1).copied().unwrap_or(""))
}

/// A word that can stand alone after the colon: no pronoun (`تأييدها`) and no indefinite
/// accusative (`تخفيضا`).
fn is_bare_object(norm: &str, original: &str) -> bool {
    !super::ends_with_pronoun(norm) && !is_indefinite_accusative(norm, original)
}

/// A word after a day or a time that dates it (`الخميس الماضي`, `الليلة الماضية`).
fn dates_a_day(w: &str) -> bool {
    DAY_AFTER.contains(&w) || DAY_AFTER_FEMININE.contains(&w)
}

/// Time words that end a speaker (`أعلنت الوزارة، اليوم السبت، القبض على ...`).
const SPEAKER_END_TIMES: &[&str] = &["اليوم", "امس", "الليلة"];

/// A word of a time expression (`يوم`, `الجمعة`, `مساء`, `اليوم`): the statement's time, never
/// the speaker's words.
pub(super) fn is_time_word(w: &str) -> bool {
    DAYS.contains(&w) || DAY_BEFORE.contains(&w) || SPEAKER_END_TIMES.contains(&w)
}

/// True when token `k` begins the object of a verb of announcing: after a definite word (past
/// punctuation; `ال...`, `لل...`, `بال...`), the bare noun of an event (`الجيش الباكستاني مقتل`);
/// after a time (`الوزارة، الأحد، القبض على`, `النادي يوم الجمعة فسخ`), any noun that is not a
/// function word nor tied by `و` (`وأكدت`).
fn begins_object(toks: &[AnalyzedToken], norm: &[&str], text: &str, verb: usize, k: usize) -> bool {
    let Some(j) = (0..k).rev().find(|&j| toks[j].kind != TokenKind::Punct) else {
        return false;
    };
    let (w, t) = (norm[j], &toks[k]);
    let original = &text[t.start..t.end];
    if toks[j].kind != TokenKind::Arabic || t.kind != TokenKind::Arabic {
        return false;
    }
    let is_time = |w: &str| DAYS.contains(&w) || SPEAKER_END_TIMES.contains(&w);
    if is_time(w) {
        // A time right after the verb comes before the speaker (`أعلن الاثنين الحوثيون`).
        let speaker =
            (verb + 1..j).any(|i| toks[i].kind == TokenKind::Arabic && !is_time_word(norm[i]));
        let n = norm[k];
        return speaker && EVENT_NOUNS.contains(&n)
            || speaker
                && !mujaz_text::is_stop_word(n)
                && !matches!(n, "عما" | "مما" | "فيما" | "بما" | "لما" | "كما")
                // `لوكالة الأنباء`, `بتهمة`: a preposition's noun, not the object.
                && !n.starts_with(['ل', 'ب', 'ك'])
                && n.strip_prefix('و').is_none_or(|r| r.chars().count() < 3)
                && !announces_complement(n)
                && !DAYS.contains(&n)
                && !DAY_BEFORE.contains(&n)
                // The day's own `الماضي` (`يوم الخميس الماضي`).
                && !dates_a_day(n)
                && !NAMES_LIKE_EVENTS.contains(&n)
                && is_bare_object(n, original);
    }
    // After an apposition of two words or more closed by its comma (`وزير الداخلية، اللواء
    // محمد إبراهيم، القبض على`; not an adverb, `نادي الزمالك، رسميا،`): a noun of an event,
    // with the article or without.
    let closes_apposition = norm[k - 1] == "," && toks[verb + 1].kind == TokenKind::Arabic && {
        let mut commas = (verb + 1..k - 1).filter(|&i| norm[i] == ",");
        match (commas.next(), commas.next()) {
            (Some(c), None) => (c + 1..k - 1).filter(|&i| toks[i].kind.is_word()).count() >= 2,
            _ => false,
        }
    };
    if closes_apposition && is_event(norm[k], original) {
        return true;
    }
    // A listed event with the article too (`أعلنت الشرطة الإيرانية القبض على`), not one only
    // shaped like an event (`الاتحاد`), which may go on naming the speaker.
    let listed_definite = || {
        original.starts_with("ال")
            && norm[k]
                .strip_prefix("ال")
                .is_some_and(|stem| EVENT_NOUNS.contains(&stem))
    };
    // Not after a relative pronoun, which a verb follows (`لبوتين الذي منع من الترشح`: `منع`
    // is the relative clause's verb, "was barred", not the object "a ban").
    ["ال", "لل", "بال", "وال"].iter().any(|p| w.starts_with(p))
        && w.chars().count() > 3
        && !RELATIVES.contains(&w)
        && (is_event_noun(norm[k], original) || listed_definite())
}

/// Words of a speaker that `عن` complements (without the article): `النائب عن` (the member
/// for), `المسؤول عن`, `الصادر عن` (issued by), `الممثل عن`.
const SPEAKERS_OWN_AN: &[&str] = &[
    "نائب",
    "نائبة",
    "مسؤول",
    "مسؤولة",
    "صادر",
    "صادرة",
    "ممثل",
    "ممثلة",
    "متحدث",
    "متحدثة",
];

/// Words of quantity (normalized) that may open a speaker (`قالت إحدى الطالبات إن`, `قال
/// عدد من النواب إن`), though they announce what follows elsewhere.
const SPEAKER_QUANTITIES: &[&str] = &[
    "احد", "احدي", "عدد", "عدة", "بعض", "معظم", "اغلب", "جميع", "كل",
];

/// Most words in a speaker.
const MAX_SPEAKER_WORDS: usize = 8;
/// Most words in a speaker and its apposition, when the apposition goes.
const MAX_APPOSITION_WORDS: usize = 30;

/// Reported speech found by [`find`] (token indices in the sentence).
pub(super) struct Speech {
    /// The verb of saying.
    verb: usize,
    /// The verb's last token: a time may follow it before the speaker.
    verb_end: usize,
    /// `إن`/`أن`; `إنه`/`إنها`/`إنهم`/`إنهما` before the speaker's own verb or an impersonal
    /// clause; or `عن` before the announced noun.
    comp: usize,
    /// True for `speaker: what was said`, false for `speaker verb ...`.
    colon: bool,
    /// True when `comp` is the verb's object (`أعلن الجيش مقتل ...`), the first word said,
    /// kept; false when it is a complementizer, deleted.
    object: bool,
    /// The object carries the verb's `ب` (`بمقتل`), which goes with the verb: what is kept of
    /// it begins after the `ب`.
    after_bi: bool,
    /// A circumstance between commas inside the speaker (`، قبيل لقائه الرئيس،`): from its
    /// opening comma to its last word, deleted with the verb.
    aside: Option<(usize, usize)>,
    /// Where a circumstance or a time closing the speaker begins (`في مقابلة مع قناة ...`,
    /// `خلال زيارته ...`, `اليوم الثلاثاء`): deleted up to the complementizer.
    tail: Option<usize>,
    /// The tail is a time ([`closing_time`]), not a circumstance.
    timed: bool,
    /// The speaker runs past [`MAX_SPEAKER_WORDS`] with no apposition to drop: it speaks
    /// only under the name the article gives them elsewhere ([`Speech::named`]).
    long_unnamed: bool,
    /// The tokens of the speaker that stay, the rest of it going (`يقول بيب غوارديولا مدرب
    /// مانشستر سيتي بطل الدوري ... إن` → `غوارديولا:`).
    name: Option<(usize, usize)>,
    /// The speaker before the verb (`المحكمة الأوروبية قالت إن`, [`find_subject_first`]):
    /// where it begins, and the `لكن` before it that goes with the verb.
    before: Option<(usize, Option<usize>)>,
}

impl Speech {
    /// The verb, the word that begins what was said and where a time closing the speaker
    /// begins, when no time follows the verb and no circumstance closes the speaker: the
    /// shape `verb speaker[، ...،] [time] إن ...` that
    /// [`super::CompressOptions::subject_first`] turns around.
    pub(super) fn speaker_first_shape(&self) -> Option<(usize, usize, Option<usize>)> {
        (self.verb_end == self.verb
            && (self.tail.is_none() || self.timed)
            && !self.long_unnamed
            && self.before.is_none())
        .then_some((self.verb, self.comp, self.tail))
    }

    /// The speech with everything from token `at` to what was said going with the verb, as a
    /// circumstance closing the speaker does (`إلى` of `تخلص دراسة إلى أن`), from where an
    /// earlier one begins if one does.
    fn closed_from(self, at: usize) -> Speech {
        Speech {
            tail: Some(self.tail.map_or(at, |t| t.min(at))),
            timed: false,
            ..self
        }
    }

    /// The verb of saying (or the `كان` of a pluperfect): deleted while the speech holds.
    pub(super) fn verb(&self) -> usize {
        self.verb
    }

    /// The speaker's own verb right after `إنه`/`إنها` (`قال الحرس الثوري إنه أطلق` →
    /// `الحرس الثوري أطلق`), when the speech puts it after the speaker with no colon.
    pub(super) fn own_verb(&self) -> Option<usize> {
        (!self.colon && !self.object && self.before.is_none()).then_some(self.comp + 1)
    }

    /// The object whose `ب` goes with the verb ([`Speech::after_bi`]).
    pub(super) fn object_after_bi(&self) -> Option<usize> {
        self.after_bi.then_some(self.comp)
    }

    /// Keep (`on`) or delete what the headline form drops: the verb, the complementizer and
    /// the statement's circumstance.
    pub(super) fn set(&self, keep: &mut [bool], on: bool) {
        keep[self.verb..=self.verb_end]
            .iter_mut()
            .for_each(|x| *x = on);
        if let Some((_, Some(but))) = self.before {
            keep[but] = on;
        }
        if !self.object {
            keep[self.comp] = on;
        }
        if let Some((a, b)) = self.aside {
            keep[a..=b].iter_mut().for_each(|x| *x = on);
        }
        if let Some(a) = self.tail {
            keep[a..self.comp].iter_mut().for_each(|x| *x = on);
        }
        if let Some((a, b)) = self.name {
            let end = self.tail.unwrap_or(self.comp);
            (self.verb_end + 1..end)
                .filter(|&k| k < a || k > b)
                .for_each(|k| keep[k] = on);
        }
    }

    /// A speaker too long for a headline and with no apposition to drop (`يؤكد البرتغالي
    /// جوزيه مورينيو المدير الفني للفريق الأول بنادي مانشستر يونايتد الإنجليزي أن`) speaks
    /// under the name the article gives them after a verb of saying elsewhere (`وأضاف
    /// مورينيو`), as headlines quote (`مورينيو: ...`); without one, there is no reported
    /// speech (the sentence is cut as written). A speaker of four words or more goes by that
    /// name too when the article gives one (`المستشارة الألمانية أنجيلا ميركل` → `ميركل:`,
    /// after `وقالت ميركل`), but not by words that open it (`المتحدث باسم الجيش` after
    /// `وأضاف المتحدث`, `وزير الخارجية السعودي، عادل الجبير` after `وأضاف وزير الخارجية`,
    /// `رئيس النادي` after `وأضاف رئيس`: its title, who spoke would be lost). Other speeches
    /// pass as they are.
    pub(super) fn named(
        self,
        doc: &Analysis<'_>,
        toks: &[AnalyzedToken],
        norm: &[&str],
    ) -> Option<Speech> {
        let end = self.tail.unwrap_or(self.comp);
        if !self.long_unnamed {
            let name = self.shorter_name(doc, toks, norm, end);
            return Some(Speech { name, ..self });
        }
        let name = name_in_speaker(doc, toks, norm, self.verb_end + 1, end)
            .or_else(|| self.unit_head(toks, norm, end))?;
        Some(Speech {
            name: Some(name),
            ..self
        })
    }

    /// The head of a long agent of an achievement (`تمكنت الوحدات الأمنية التابعة لمركز الحرس
    /// الوطني ببوسالم من ولاية جندوبة ليلة البارحة، من إيقاف`): units, not people, that no
    /// article names again after a verb of saying; the words before what describes them
    /// (`التابعة`, `بالتعاون`, a place's `من`/`في`, a time) speak, two to five of them:
    /// `الوحدات الأمنية: إيقاف ...`.
    fn unit_head(
        &self,
        toks: &[AnalyzedToken],
        norm: &[&str],
        end: usize,
    ) -> Option<(usize, usize)> {
        let verb = strip_conjunction(norm[self.verb]).unwrap_or(norm[self.verb]);
        achieved_with(verb)?;
        let from = self.verb_end + 1;
        let cut = (from + 1..end).find(|&k| {
            toks[k].kind != TokenKind::Arabic
                || UNIT_MODIFIERS.contains(&norm[k])
                || is_time_word(norm[k])
        })?;
        let words = (from..cut).filter(|&k| toks[k].kind.is_word()).count();
        (2..=MAX_UNIT_HEAD_WORDS)
            .contains(&words)
            .then_some((from, cut - 1))
    }

    /// The shorter name a speaker of [`MIN_RENAMED_WORDS`] words or more goes by (see
    /// [`Speech::named`]): the tokens that stay, or `None` to keep the speaker whole.
    fn shorter_name(
        &self,
        doc: &Analysis<'_>,
        toks: &[AnalyzedToken],
        norm: &[&str],
        end: usize,
    ) -> Option<(usize, usize)> {
        let from = self.verb_end + 1;
        let words = (from..end)
            .filter(|&k| toks[k].kind.is_word())
            .filter(|&k| self.aside.is_none_or(|(a, b)| k < a || k > b))
            .count();
        if self.before.is_some() || words < MIN_RENAMED_WORDS {
            return None;
        }
        let head = (from..end).find(|&k| toks[k].kind.is_word());
        // Two speakers (`المستشارة الألمانية أنغيلا ميركل ووزير الداخلية ...`): one name
        // would drop the other.
        let two = (from..end).any(|k| {
            super::tense::adds_a_speaker(norm[k]) || norm[k].strip_prefix('و').is_some_and(is_title)
        });
        // `مايك بنس، نائب الرئيس الأمريكي، دونالد ترامب`: a name, then after its comma a
        // title whose genitive may be another name; the name is before that comma.
        let first_comma = (from..end).find(|&k| norm[k] == ",");
        let named_first = first_comma.is_some_and(|c| {
            head.is_some_and(|h| h < c && !is_title(norm[h]))
                && toks.get(c + 1).is_some_and(|_| is_title(norm[c + 1]))
        });
        let kin = head.is_some_and(|h| is_kin(norm[h]));
        if two || kin {
            return None;
        }
        name_in_speaker(doc, toks, norm, from, end).filter(|&(a, b)| {
            if named_first && first_comma.is_some_and(|c| b > c) {
                return false;
            }
            // Past the speaker's first word (which may be a title: `وزير الخارجية` after
            // `وأضاف وزير الخارجية`); no title in it or right before it, whose genitive
            // it would be (`مستشار الكرملين`, `باسم الحكومة المغربية`); not cut short at
            // three words (`المرصد السوري لحقوق | الإنسان`: half a name); not in brackets
            // (`أحمد حسام (ميدو)`), which the brackets' rule takes.
            let title = |k: usize| is_title(norm[k]);
            let cut_short =
                b + 1 - a == MAX_NAME_WORDS && b + 1 < end && toks[b + 1].kind == TokenKind::Arabic;
            head.is_some_and(|h| a > h)
                && !(a - 1..=b).any(title)
                && !cut_short
                && norm[a - 1] != "("
        })
    }

    /// After the other rules: no comma (nor the article's own colon) between the speaker and
    /// the colon or their verb (`قال X، اليوم، إن`, `قال X: إن`), except the one closing an apposition before a verb (`الممثل، باسم
    /// مغنية، يحضر`); without a speaker or anything said left, the dropped words come back.
    /// Returns the speaker's last kept token when the colon joins it to what was said.
    pub(super) fn settle(
        self,
        keep: &mut [bool],
        toks: &[AnalyzedToken],
        norm: &[&str],
    ) -> Option<usize> {
        let (verb, comp) = (self.verb, self.comp);
        let kept_word = |keep: &[bool], r: std::ops::Range<usize>| {
            r.into_iter().any(|k| keep[k] && toks[k].kind.is_word())
        };
        if let Some((start, _)) = self.before {
            // The speaker's comma before the verb goes (`المجلة الشهيرة، قالت إن`).
            let comma = verb > start && norm[verb - 1] == "," && keep[verb - 1];
            if comma {
                keep[verb - 1] = false;
            }
            if kept_word(keep, start..verb) && kept_word(keep, comp + 1..toks.len()) {
                return (start..verb).rev().find(|&k| keep[k]);
            }
            self.set(keep, true);
            if comma {
                keep[verb - 1] = true;
            }
            return None;
        }
        let apposition = !self.colon
            && (verb + 1..comp)
                .filter(|&k| keep[k] && norm[k] == ",")
                .count()
                >= 2;
        // The marks dropped here, back in place if the speech does not hold.
        let mut dropped = Vec::new();
        for k in (verb + 1..comp).rev() {
            if !keep[k] {
                continue;
            }
            // The article's own colon before `إن` goes too (`قال المتحدث: إن` had read
            // `المتحدث:: ...`).
            if !(norm[k] == ":" || norm[k] == "," && !apposition) {
                break;
            }
            keep[k] = false;
            dropped.push(k);
        }
        let said = comp + !self.object as usize;
        // And its colon after `إن` (`قال عبد السلام إن: "..."` had read `عبد السلام:: ...`),
        // or the article's own after the speaker.
        if self.colon && norm.get(said) == Some(&":") && keep[said] {
            keep[said] = false;
            dropped.push(said);
        }
        if kept_word(keep, verb + 1..comp) && kept_word(keep, said..toks.len()) {
            (verb + 1..comp).rev().find(|&k| keep[k] && self.colon)
        } else {
            self.set(keep, true);
            dropped.into_iter().for_each(|k| keep[k] = true);
            None
        }
    }
}

/// Verbs that cannot take the speaker as subject (`إنه يجب`: "it is necessary").
const IMPERSONAL: &[&str] = &[
    "يبدو",
    "يجب",
    "ينبغي",
    "يمكن",
    "يتعين",
    "يتوجب",
    "يوجد",
    "تم",
    "يتم",
    "يقال",
];

/// True when the words after `pronoun` begin the speaker's own verb (`إنه يتوقع`, `إنها
/// ستبدأ`, `إنهم لن يشاركوا`, `إنها قررت`, `إنهم قاموا`): an imperfect of the pronoun's person
/// (`ي-`/`سي-` for him and them, `ت-`/`ست-` for her), alone or after a particle (`لن`, `لا`,
/// `قد`, ...), and not an impersonal verb (`إنه سيتم`, `إنه لا يوجد`); or a perfect of her
/// (`-ت`) or them (`-وا`). The pronoun must agree with the verb of
/// saying (`قالت` with `إنها`, `قال` with `إنه`/`إنهم`).
fn speakers_own_verb(saying: &str, pronoun: &str, next: &[&str]) -> bool {
    let feminine = says_in_feminine(saying);
    let prefix = match pronoun {
        "انها" if feminine => 'ت',
        "انه" | "انهم" if !feminine => 'ي',
        // Two women or two men: `تتوقعان`, `يتوقعان` (the verb of saying agrees in gender).
        "انهما" if feminine => 'ت',
        "انهما" => 'ي',
        _ => return false,
    };
    let (particle, Some(verb)) = past_particle(next) else {
        return false;
    };
    let bare = verb.strip_prefix('س').unwrap_or(verb);
    let len = verb.chars().count();
    // A perfect of the pronoun's person (`إنها قررت`, `إنهم قاموا`); not `-ات`, mostly
    // plural nouns (`إنها تحديات`), and not with `إنه`, whose perfect has no ending to tell
    // it from a noun (`إنه قرر` / `إنه قرار`).
    let perfect = (!particle || next[0] == "قد")
        && !verb.starts_with("ال")
        && match pronoun {
            "انها" => verb.ends_with('ت') && !verb.ends_with("ات") && len >= 3,
            "انهم" => verb.ends_with("وا") && len >= 4,
            _ => false,
        };
    // Nouns in `ت-` end in `-ة` or `-ات` (`إنها تجربة`, `إنها تحديات`); verbs never do. A
    // dual's imperfect ends in `-ان` (`يتوقعان`).
    let imperfect = bare.starts_with(prefix)
        && (pronoun != "انهما" || bare.ends_with("ان"))
        && bare.chars().count() >= 3
        && !bare.ends_with('ة')
        && !bare.ends_with("ات")
        && !IMPERSONAL.contains(&bare);
    perfect || imperfect
}

/// Whether a verb of saying (normalized, without `و`/`ف`) has a feminine subject: the
/// perfect's `-ت` (`قالت`), or the imperfect's `ت-` (`تقول`, as BBC writes its leads).
fn says_in_feminine(saying: &str) -> bool {
    saying.ends_with('ت') || saying == "تقول"
}

/// A sound plural (`مسؤولون`, `المحتجين`, `السلطات`), which `إنهم` can take up.
pub(super) fn is_sound_plural(w: &str) -> bool {
    let w = w.strip_prefix("ال").unwrap_or(w);
    w.chars().count() >= 4 && (w.ends_with("ون") || w.ends_with("ين") || w.ends_with("ات"))
}

/// Whether `next` opens with a particle (`لن`, `لا`, `لم`, `قد`, `سوف`), and the word after it
/// (or the first word when there is none).
fn past_particle<'a>(next: &[&'a str]) -> (bool, Option<&'a str>) {
    let particle = next
        .first()
        .is_some_and(|w| matches!(*w, "لن" | "لا" | "لم" | "قد" | "سوف"));
    (particle, next.get(particle as usize).copied())
}

/// True when `next` opens an impersonal clause (`ينبغي`, `لا يوجد`, `سيتم`, `من المتوقع`).
fn is_impersonal(next: &[&str]) -> bool {
    let (particle, word) = past_particle(next);
    match word {
        Some("من") => !particle && next.get(1).is_some_and(|w| w.starts_with("ال")),
        // `إنه لم يكن هناك`, `إنه كان هناك`, `إنه ليس هناك` ("there was no ..."): not the
        // speaker's own verb (`متحدث لم يكن هناك` had read, with no colon).
        Some("كان" | "يكن" | "يكون" | "سيكون" | "ليس")
            if next.get(usize::from(particle) + 1) == Some(&"هناك") =>
        {
            true
        }
        // `إنه قد يكون أكثر ندرة` ("it may be"), `إنه سيكون من الصعب` ("it will be hard"):
        // the pronoun is what was spoken of (`مصدر على دراية بالتحقيقات قد يكون أكثر ندرة`
        // had read).
        Some("يكون") if particle && next[0] == "قد" => true,
        Some("يكون" | "سيكون") if next.get(usize::from(particle) + 1) == Some(&"من") => {
            true
        }
        Some(w) => IMPERSONAL.contains(&w.strip_prefix('س').unwrap_or(w)),
        None => false,
    }
}

/// Whether a sentence whose first word is `w` (normalized) may open with reported speech for
/// [`find`]: a verb of saying, announcing or achieving, alone or after `و`/`ف`.
pub(super) fn may_open(w: &str) -> bool {
    let bare = strip_conjunction(w).unwrap_or(w);
    [w, bare].iter().any(|v| {
        SAYING_VERBS.contains(v)
            || QUOTING_VERBS.contains(v)
            || RELAYING_VERBS.contains(v)
            || OBJECT_VERBS.contains(v)
            || REPORTING_VERBS.contains(v)
            || CONCLUDING_VERBS.contains(v)
            || ACHIEVING_VERBS.iter().any(|(a, _)| a == v)
    })
}

/// The reported speech in a sentence (see [`super::CompressOptions::reported_speech`]): the
/// first kept token is a verb of saying (alone or after `و`/`ف`; see [`may_open`]), or `كان`
/// with the speaker and the verb of saying after it ([`pluperfect_saying`]), then a speaker of one to
/// eight words (not counting a bracket's or the statement's circumstance; past eight, up to
/// thirty when its last comma within eight opens an apposition, which goes) whose quotation
/// marks pair, then `إن`/`أن`, `إنه` and the speaker's own verb or an impersonal clause, or
/// `عن` and a noun, or (with `أعلن`/`أظهر`/`أكد`/`كشف`, after a definite word or a time) the
/// noun of an event as the verb's object, or (with `تمكن`/`نجح`) `من`/`في` and the event
/// achieved, with three words or more after it in the sentence. With `keeps_that` (the
/// speaker goes first and `إن` stays) a subject in the case `إن` gave it may follow; else
/// (`إن` gives way to a colon) it may not (`الشرطة: رجلا أقدم` would read wrong).
pub(super) fn find(
    toks: &[AnalyzedToken],
    norm: &[&str],
    text: &str,
    keep: &[bool],
    keeps_that: bool,
) -> Option<Speech> {
    let verb = keep.iter().position(|&k| k)?;
    // `وقال` goes whole: its `و` ties nothing once the verb is gone.
    let w = norm[verb];
    let mut bare = strip_conjunction(w).unwrap_or(w);
    if toks[verb].kind != TokenKind::Arabic {
        return None;
    }
    // `وكان ترامب قد قال ... إن`: `كان` goes as the verb does, and `قد قال ...` up to what
    // was said as a circumstance closing the speaker; the verb of saying rules the rest.
    let pluperfect = if matches!(bare, "كان" | "كانت") {
        let (q, p) = pluperfect_saying(toks, norm, text, keep, verb)?;
        bare = norm[p];
        Some((q, p))
    } else if may_open(w) {
        None
    } else {
        return None;
    };
    let mut verb_end = verb;
    // `نقلت وكالة رويترز عن المتحدث ... قوله إن`: who relayed it goes with the verb, and the
    // one quoted speaks (`المتحدث: ...`); without `عن` the verb is "moved" (`نقل الجرحى`).
    if RELAYING_VERBS.contains(&bare) {
        verb_end = (verb + 1..toks.len())
            .take(MAX_RELAYER_TOKENS + 1)
            .take_while(|&k| keep[k] && !matches!(norm[k], "," | "." | ":" | "\""))
            .find(|&k| norm[k] == "عن" && norm.get(k + 1) != Some(&"طريق"))?;
    }
    // A speaker, not a passive's circumstance (`أُعلن في سويسرا عن وفاة`, `قيل في بيان إن`).
    // A time right after the verb is its adverb, not the speaker (`تمكنت فجر اليوم دورية`):
    // it goes with the verb.
    while norm.get(verb_end + 1).is_some_and(|w| is_time_word(w)) {
        verb_end += 1;
    }
    let first = (verb_end + 1..toks.len()).find(|&k| toks[k].kind.is_word())?;
    if toks[first].kind != TokenKind::Arabic
        || announces_complement(norm[first]) && !SPEAKER_QUANTITIES.contains(&norm[first])
    {
        return None;
    }
    let words_after = |k: usize| toks[k + 1..].iter().filter(|t| t.kind.is_word()).count();
    let mut words = 0;
    // Inside a bracket (`منظمة أوبك (أوبك)`): its words are the speaker's, not counted.
    let mut bracket = false;
    let mut aside: Option<(usize, usize)> = None;
    let mut tail: Option<usize> = None;
    // Quotation marks in the speaker (`صحيفة "واشنطن بوست"`) must pair before the colon.
    let mut quotes = 0;
    // The speaker's last comma within eight words (`جيمس كلابر، الرئيس الأسبق ...`), and once
    // the speaker runs past eight words, where the apposition it opens begins: it goes up to
    // the complementizer, and the words before the comma speak.
    let mut comma: Option<usize> = None;
    // A relative pronoun since the last comma: a comma after it may close the relative
    // clause's own apposition (`مايك بومبيو، وزير الخارجية الذي أعلن الرئيس، دونالد ترامب،`).
    let mut relative = false;
    let mut long: Option<usize> = None;
    // The speaker's first relative pronoun within eight words (`التقرير الذي نشر قبل
    // الاجتماع السنوي ... إن`): past eight words, the relative clause goes as an apposition
    // does, and the words before it speak (`التقرير:`).
    let mut relative_at: Option<usize> = None;
    // Past eight words with no comma for an apposition: see [`Speech::named`].
    let mut long_unnamed = false;
    let next_word = |k: usize| norm.get(k + 1).copied().unwrap_or("");
    let mut k = verb_end;
    while k + 1 < toks.len() {
        k += 1;
        if let Some((q, p)) = pluperfect.filter(|&(q, _)| q == k) {
            tail = Some(q);
            k = p;
            continue;
        }
        let t = &toks[k];
        if RELATIVES.contains(&norm[k]) {
            relative = true;
            // Right after a noun it describes, or the quotation or bracket closing its name
            // (`"جيش ليبيا الوطني" الذي`, `(حماس) التي`); not `أحد الذين` ("one of those
            // who"), nor after a dash or `من`.
            let described = (toks[k - 1].kind == TokenKind::Arabic
                || matches!(norm[k - 1], "\"" | ")"))
                && !MANY.contains(&norm[k - 1])
                && !matches!(norm[k - 1], "من" | "احد" | "احدي" | "كل" | "جميع");
            if relative_at.is_none()
                && described
                && (1..=MAX_SPEAKER_WORDS).contains(&words)
                && !bracket
                && quotes % 2 == 0
                && tail.is_none()
            {
                relative_at = Some(k);
            }
        }
        if norm[k] == ","
            && !std::mem::take(&mut relative)
            && (1..=MAX_SPEAKER_WORDS).contains(&words)
            && !bracket
            && quotes % 2 == 0
            && tail.is_none()
        {
            comma = Some(k);
        }
        if tail.is_none()
            && long.is_none()
            && words > 0
            && !bracket
            && quotes % 2 == 0
            // A channel (`على موقعها`, `عبر حسابه`) inside an aside is the aside's own (`قالت
            // الشركة، وينشط على موقعها أكثر من 2 مليار مستخدم، إنها`); right after its comma
            // it is the statement's (`قال قرقاش، عبر حسابه على تويتر، إن`).
            && !(is_channel(norm[k], next_word(k))
                && norm[k - 1] != ","
                && (verb_end + 1..k).any(|j| norm[j] == ","))
        {
            if let Some(start) = circumstance_start(norm, k) {
                tail = Some(start);
            }
        }
        // The circumstance runs to the complementizer: a comma inside it may only come
        // before it or a time (`في مقابلة مع قناة "العربية"، إنه`, `في بيان، الخميس، أن`);
        // anything else after a comma is more than a circumstance (`خلال مقابلة، عدم ...`).
        // Nor an apposition closed right before the complementizer (`لزميله الحالي، ليونيل
        // ميسي، أن`).
        let apposition_to_that = |k: usize| {
            norm[k + 1..]
                .iter()
                .take(MAX_TAIL_APPOSITION + 1)
                .position(|x| *x == ",")
                .is_some_and(|len| {
                    let close = k + 1 + len;
                    len > 0
                        && norm.get(close + 1).is_some_and(|n| is_that(n))
                        && toks[k + 1..close].iter().all(|t| t.kind.is_word())
                })
        };
        if tail.is_some_and(|a| k - a > MAX_SPEAKER_TAIL)
            || tail.is_some()
                && norm[k] == ","
                && !norm.get(k + 1).is_some_and(|n| {
                    is_that(n)
                        || matches!(*n, "عن" | "بان")
                        || DAYS.contains(n)
                        || DAY_BEFORE.contains(n)
                })
                // (Not after an apposition of the speaker's own, whose comma then takes all.)
                && !(comma.is_none() && aside.is_none() && apposition_to_that(k))
        {
            // Unless an apposition opened before it: then all from that comma goes
            // (`وزير الدفاع، فرحات الحرشاني في تعليقه على تصريحات ...، إن`).
            long = Some(comma.filter(|&c| tail.is_some_and(|a| c < a))?);
            tail = None;
        }
        // `قال الوزير، قبيل لقائه نظيره، إن`: the circumstance goes, and its words do not count
        // (a source, `، نقلا عن مسؤول،`, stays: it says who speaks).
        // A relative clause between commas right before what was said goes too (`أسرة
        // الملياردير، الذي اختطف يوم الخميس، عن جائزة`: `الذي اختطف: جائزة` had read).
        if norm[k] == "," && words > 0 && aside.is_none() && !bracket {
            let relative = norm.get(k + 1).is_some_and(|w| RELATIVES.contains(w));
            let close = norm
                .get(k + 1)
                .filter(|w| {
                    INSERTION_OPENERS.contains(w) && !ATTRIBUTION_TAILS.contains(w) || relative
                })
                .and_then(|_| norm[k + 1..].iter().take(16).position(|x| *x == ","))
                .map(|len| k + 1 + len)
                .filter(|&e| !norm[k..e].iter().any(|x| matches!(*x, "\"" | "(" | ")")))
                .filter(|&e| {
                    !relative
                        || norm
                            .get(e + 1)
                            .is_some_and(|n| is_that(n) || matches!(*n, "بان" | "عن"))
                });
            if let Some(e) = close {
                // An adverb ending the speaker goes with the insertion after it (`قال كيم
                // أيضا، قبل اجتماع سنغافورة، إن` had made `كيم أيضا:`).
                let adverb = words > 1 && CLOSING_ADVERBS.contains(&norm[k - 1]);
                aside = Some((k - usize::from(adverb), e - 1));
                k = e;
                continue;
            }
        }
        // A word of its own, not the end of a name (`مون جاي-إن`).
        let spaced = text[..t.start].ends_with(char::is_whitespace);
        // Where a speaker may end and what was said begin: after a word of theirs, at a word
        // of its own, outside brackets and quotations.
        let may_close = words > 0 && spaced && !bracket && quotes % 2 == 0;
        // An apposition that would take another statement with it (`محترف اتحاد جدة، بصعوبة
        // المباراة ...، مشيرا إلى أن`, `... وأضاف أن`) is more than an apposition: nothing.
        let speech = |comp: usize, colon: bool| {
            // A verb that quotes only with a colon (`تابع`, `كتب`) says nothing else.
            if QUOTING_VERBS.contains(&bare) && norm[comp] != ":" {
                return None;
            }
            // A long speaker is named only before `إن`/`أن`, what was said after a colon.
            // (Or a unit achieving something, named by its head: see [`Speech::unit_head`].)
            if long_unnamed
                && !(colon && (matches!(norm[comp], "ان" | "بان") || achieved_with(bare).is_some()))
            {
                return None;
            }
            let swallows = long
                .or(long_unnamed.then_some(verb_end + 1))
                .is_some_and(|c| (c..comp).any(|j| opens_statement(norm[j])));
            // A relative clause that goes must end where what was said begins: with a comma
            // inside it, one closes it right before (`الذي تقوده ...، تركي المالكي، أن`; not
            // `التي جرت ...، تقدما كبيرا ...، والتي إن فازت`, `الذي حل بديلا ...، ويتوقع أن`),
            // and no verb of saying or `لكن` is in it (`التي خرجت ...، لكنه قال إن`): else
            // `إن` is another clause's.
            let overruns = long.is_some_and(|c| {
                // The verb's own `على` may follow the comma (`الذي يعكس ...، على أن`).
                let before = if norm[comp - 1] == "علي" {
                    comp - 1
                } else {
                    comp
                };
                let closed = norm[before - 1] == "," || norm[comp] == ":";
                Some(c) == relative_at
                    && (c + 1..comp).any(|j| {
                        norm[j] == "," && !closed
                            || is_saying_verb(norm[j])
                            || norm[j].starts_with("لكن")
                    })
            });
            if overruns {
                return None;
            }
            // Adverbs alone are nobody (`وشدد أيضا على أن`: the subject is the verb's own), nor
            // is who was told with a time (`قال للصحفيين، الجمعة، إن`: `للصحفيين:` had read).
            let nobody = (verb_end + 1..comp)
                .filter(|&j| toks[j].kind.is_word())
                .all(|j| {
                    CLOSING_ADVERBS.contains(&norm[j])
                        || QUOTING_WORDS.contains(&norm[j])
                        // `اعتبرت لفترة طويلة إنها` ("was long held to be"): a passive.
                        || matches!(
                            norm[j],
                            "علي" | "الي" | "متحدثا" | "متحدثة" | "لفترة" | "لمدة" | "طويلة"
                        )
                        || is_time_word(norm[j])
                        || is_addressee(norm[j], next_word(j))
                });
            // Who was told, right after the verb, is no subject: the verb's pronoun speaks
            // (`قال لشبكة دوتش فيلي إنه`, `قالت لها إن`: `لشبكة دوتش فيلي:` had read).
            // Nor is where it was said (`كتب على حسابه بموقع تويتر:`).
            let told = (verb_end + 1..comp)
                .find(|&j| toks[j].kind.is_word())
                .is_some_and(|j| {
                    // `شدد على ضرورة ...`: the verb's own `على` (not the name `علي`).
                    let on = norm[j] == "علي" && text[toks[j].start..toks[j].end].ends_with('ى');
                    on || tells_first(norm[j], next_word(j))
                        || is_channel(norm[j], next_word(j))
                        || norm[j] == "في" && is_statement_setting(next_word(j))
                });
            if nobody || told {
                return None;
            }
            // `قوله` before what was said (`نقلت الوكالة عن المتحدث قوله إن`) goes with the verb;
            // with a circumstance after it (`قوله في الاتصال الهاتفي إن`), from `قوله` on.
            let quoting = (verb_end + 2..comp).find(|&j| QUOTED_AS_SAYING.contains(&norm[j]));
            let circumstance = match (long.or(tail), quoting) {
                (Some(a), Some(q)) => Some(a.min(q)),
                (a, q) => a.or(q),
            };
            let time = circumstance
                .is_none()
                .then(|| closing_time(toks, norm, text, verb_end + 1, comp))
                .flatten();
            (!swallows).then_some(Speech {
                verb,
                verb_end,
                comp,
                colon,
                object: false,
                aside,
                tail: circumstance.or(time),
                timed: time.is_some(),
                long_unnamed,
                name: None,
                after_bi: false,
                before: None,
            })
        };
        // `تمكنت الشرطة من القبض على ...`: what was achieved follows the agent's colon.
        if let Some(prep) = achieved_with(bare) {
            if norm[k] == prep && may_close {
                let event_after = |j: usize, definite: bool| {
                    norm[j] == prep
                        && toks.get(j + 1).is_some_and(|t| {
                            let o = &text[t.start..t.end];
                            let n = norm[j + 1];
                            // `الأقراص`: `أفعال`, a plural, is shaped like `إفعال`.
                            let plural_shape = n.chars().count() == 7
                                && n.chars().nth(2) == Some('ا')
                                && n.chars().nth(5) == Some('ا');
                            (!definite || o.starts_with("ال") && !plural_shape) && is_event(n, o)
                        })
                };
                // A second one with a definite event before the clause ends (`مصلحة التوقي من
                // الإرهاب ... من القبض`): the first was the speaker's. (Not `من أصحاب`, whose
                // shape is also a plural's.)
                let later = (k + 1..toks.len())
                    .take_while(|&j| !matches!(norm[j], "," | "." | "!" | "?" | ":"))
                    .take(12)
                    .any(|j| event_after(j, true));
                if event_after(k, false) && !later && words_after(k) >= 3 {
                    return speech(k, true);
                }
            }
            // What follows a verb of achieving is not reported speech.
            if is_that(norm[k]) || norm[k] == "عن" {
                return None;
            }
        }
        // `كشفت الشرطة النقاب عن شبكة`: the idiom's veil is the verb's, not the speaker's; it
        // goes with the verb and `عن` (`الشرطة: شبكة ...`). With no speaker before it (`كُشف
        // النقاب عن`, a passive) nobody speaks.
        if matches!(bare, "كشف" | "كشفت")
            && UNVEILED.contains(&norm[k])
            && norm.get(k + 1) == Some(&"عن")
            && !bracket
        {
            if words == 0 {
                return None;
            }
            // A time closing the speaker goes too (`كشفت الوزارة اليوم النقاب عن`).
            tail = tail.or_else(|| closing_time(toks, norm, text, verb_end + 1, k).or(Some(k)));
            continue;
        }
        // `تخلص دراسة إلى أن ...`: `إلى` closes the speaker and goes with the verb (see the
        // `أن` below); after `خلص`/`أشار` a noun of an event may follow it instead.
        if CONCLUDING_VERBS.contains(&bare) && norm[k] == "الي" {
            if !(may_close && long.is_none()) {
                return None;
            }
            if norm.get(k + 1) != Some(&"ان") {
                // Not after a noun of the speaker's that takes `إلى` itself (`تشير التحقيقات
                // والاستماع إلى أقوال`).
                let before = strip_conjunction(norm[k - 1]).unwrap_or(norm[k - 1]);
                if NOUNS_TAKING_ILA.contains(&before) {
                    return None;
                }
                let event = toks.get(k + 1).is_some_and(|n| {
                    n.kind == TokenKind::Arabic && is_event(norm[k + 1], &text[n.start..n.end])
                });
                let finds = !matches!(bare, "توصل" | "توصلت" | "يتوصل" | "تتوصل");
                return (finds && event && words_after(k + 1) >= 2)
                    .then(|| speech(k + 1, true))
                    .flatten()
                    .map(|sp| Speech {
                        object: true,
                        ..sp.closed_from(k)
                    });
            }
            continue;
        }
        // `أفادت الشرطة بمقتل ...`: a noun of an event with `ب` on it, the verb's news.
        if REPORTING_VERBS.contains(&bare)
            && may_close
            && long.is_none()
            && t.kind == TokenKind::Arabic
            && words_after(k) >= 2
        {
            let original = &text[t.start..t.end];
            let news = norm[k]
                .strip_prefix('ب')
                .zip(original.strip_prefix('ب'))
                .is_some_and(|(n, o)| n.chars().count() >= 3 && is_event(n, o));
            if news {
                return speech(k, true).map(|sp| Speech {
                    object: true,
                    after_bi: true,
                    ..sp
                });
            }
        }
        // `أعلن الجيش الباكستاني مقتل ...`: a bare noun of an event right after a definite
        // word cannot continue the speaker (no adjective or genitive follows a definite word
        // without the article), so it begins the object: `الجيش الباكستاني: مقتل ...`.
        if OBJECT_VERBS.contains(&bare)
            && may_close
            // A circumstance closing the speaker only when a day ends it (`في تسجيل صوتي
            // الخميس بدء`): the day tells where the object begins (not `اليوم`, also a
            // noun: `إحياء اليوم الوطني`).
            && (tail.is_none() || DAYS.contains(&norm[k - 1]) || norm[k - 1] == "امس")
            // Past eight words only right after the apposition's closing comma (`فينيكس صنز،
            // أحد فرق دوري كرة السلة ...، تمديد عقد`): the apposition goes, as before `إن`.
            && (long.is_none() || norm[k - 1] == ",")
            && begins_object(toks, norm, text, verb, k)
            && words_after(k) >= 2
            && !complement_follows(object_rest(toks, norm, text, k))
        {
            return speech(k, true).map(|sp| Speech { object: true, ..sp });
        }
        match norm[k] {
            "(" if !bracket => bracket = true,
            ")" if bracket => bracket = false,
            _ if bracket => {}
            x if (is_that(x) || x == "عن") && quotes % 2 == 1 => return None,
            // `بأن` only right after the speaker: past an apposition it may be another verb's
            // (`اعتبر أردوغان، العقوبات ...، وطمأن الشعب بأن`).
            // `بعد أن`, `قبل أن`, `دون أن`: a conjunction of time or manner, not what was said;
            // nor `غير أن`, `بيد أن` "however", `مع أن` "although", `حيث أن` "since" (`أعلنت مصر
            // قبولها للتقرير ...، غير أن إثيوبيا ...` had read `مصر قبولها للتقرير: إثيوبيا`).
            "ان" if matches!(
                norm[k - 1],
                "بعد"
                    | "قبل"
                    | "منذ"
                    | "دون"
                    | "بدون"
                    | "الا"
                    | "رغم"
                    | "برغم"
                    | "غير"
                    | "بيد"
                    | "مع"
                    | "حيث"
                    // `أبدى رغبته في أن يشغل`: a wish's, not a statement's.
                    | "في"
            ) =>
            {
                return None
            }
            // `شدد` says only with `على أن` (`شددت ماي على ضرورة ...، ولفتت إلى أن`: the `أن`
            // is another verb's).
            "ان" | "بان" if matches!(bare, "شدد" | "شددت") && norm[k - 1] != "علي" => {
                return None
            }
            // `الممثل الذي يدعي أن`, `البيان الذي أكد أنه يقف`: the `أن` of a relative
            // clause's own verb.
            "ان" | "بان" | "انه" | "انها" | "انهم" | "انهما"
                if k >= 2 && RELATIVES.contains(&norm[k - 2]) =>
            {
                return None
            }
            "ان" | "بان"
                if words > 0
                    && spaced
                    && (norm[k] == "ان" || long.is_none())
                    && !in_a_name(norm, k) =>
            {
                let after = words_after(k);
                let word = |j: usize| toks.get(j).map(|t| (norm[j], &text[t.start..t.end]));
                // A doubled `أن أن` (a typo) would leave one after the colon.
                let accusative = word(k + 1).is_some_and(|(n, _)| {
                    n == "ان" || !keeps_that && opens_in_accusative(toks, norm, text, k + 1)
                });
                // `أنْ` before a verb's imperfect is "to" (`قرار ... أن ترتدي سترة`, `وعد بأن
                // يعمل`): what follows is no statement.
                let that = &text[t.start..t.end];
                let accusative = accusative
                    || matches!(that, "أن" | "بأن")
                        && word(k + 1).is_some_and(|(n, o)| {
                            // Not a listed `ت-` form: a verbal noun spells it too (`أن تعرض
                            // الحوامل`, "exposure").
                            SUBJUNCTIVE_AFTER_AN.contains(&n)
                                || n.starts_with('ي') && super::tense::is_listed_imperfect(o)
                        });
                // A verb of finding says only with `إلى أن`, and `إلى` goes with it.
                if CONCLUDING_VERBS.contains(&bare) {
                    return (norm[k] == "ان" && norm[k - 1] == "الي" && after >= 3 && !accusative)
                        .then(|| speech(k, true))
                        .flatten()
                        .map(|sp| sp.closed_from(k - 1));
                }
                return (after >= 3 && !accusative)
                    .then(|| speech(k, true))
                    .flatten();
            }
            // `أعلن X عن Y`, `كشف X عن Y` (a noun: `عن إطلاق`, `عن خطة`): `X: Y`, unless an
            // `إن`/`أن` follows (`المسؤول عن الأمن ... أن`: then `عن` is the speaker's).
            // Not after the verb's own object (`أعلن التنظيم مسؤوليته عن الهجوم`, `توقفه عن`),
            // nor after a word of the speaker's that `عن` complements (`النائب عن نداء تونس`,
            // `تقرير ... الصادر عن شبكة`).
            // Nor inside the speaker of a pluperfect (`وكانت اللجنة الدولية لكسر الحصار عن غزة
            // قد أعلنت`), nor after `نقلا` (`أعلنت القناة نقلا عن التحالف`: a source).
            "عن" if words > 0
                && spaced
                && ANNOUNCING_VERBS.contains(&bare)
                && !REPORT_NOUNS.contains(&norm[k - 1])
                && pluperfect.is_none_or(|(q, _)| k > q)
                && norm[k - 1] != "نقلا"
                && !["ه", "ها", "هم"].iter().any(|p| norm[k - 1].ends_with(p))
                && !SPEAKERS_OWN_AN
                    .contains(&norm[k - 1].strip_prefix("ال").unwrap_or(norm[k - 1])) =>
            {
                // `أعلن ترامب التوقف عن تمويل ...`, `أعلنت السلطات الإيرانية الإفراج عن ...`:
                // the noun before `عن` is the verb's object, not the speaker's last word
                // (`ترامب التوقف: تمويل` had read, the news reversed).
                if words >= 2 && object_before_an(toks, norm, text, k) {
                    let after = words_after(k - 1);
                    return (after >= 3)
                        .then(|| speech(k - 1, true))
                        .flatten()
                        .map(|sp| Speech { object: true, ..sp });
                }
                let rest = &norm[k + 1..];
                // `كشف التقرير عن أن ...`: neither form reads well. Nor does a word past a
                // time closing the speaker, which is the verb's object (`كشفت الوزارة،
                // الخميس، معلومات عن الضربة`), before `عن`.
                let past_time = !UNVEILED.contains(&norm[k - 1])
                    && (verb_end + 1..k).any(|j| is_time_word(norm[j]))
                    && !is_time_word(norm[k - 1])
                    && norm[k - 1] != ",";
                if rest.first().is_some_and(|w| w.starts_with("ان")) || past_time {
                    return None;
                }
                let clause_end = rest
                    .iter()
                    .position(|x| matches!(*x, "," | ":") || is_full_stop(x))
                    .unwrap_or(rest.len());
                let later_comp = rest[..clause_end].iter().take(12).any(|x| *x == "ان");
                // `كشف تحقيق ... عن كرة القدم في أفريقيا، وتحديدا في غانا، عن فضيحة`: a second
                // `عن` after an insertion is what was disclosed; the first was the speaker's.
                let sentence_end = rest
                    .iter()
                    .position(|x| is_full_stop(x))
                    .unwrap_or(rest.len());
                let later_an = rest[..sentence_end]
                    .windows(2)
                    .take(20)
                    .any(|w| w[0] == "," && w[1] == "عن");
                if later_an {
                    return None;
                }
                if !later_comp {
                    let after = words_after(k);
                    let noun = rest.first().is_some_and(|w| {
                        toks[k + 1].kind == TokenKind::Arabic
                            && !w.contains("ان")
                            && !super::ends_with_pronoun(w)
                            && !is_oblique_plural(w, rest.get(1).copied().unwrap_or(""))
                    });
                    return (after >= 3 && noun).then(|| speech(k, true)).flatten();
                }
            }
            "انه" | "انها" | "انهم" | "انهما" if words > 0 && spaced => {
                let after = words_after(k);
                let next = &norm[(k + 1).min(norm.len())..(k + 4).min(norm.len())];
                let arabic = toks.get(k + 1).is_some_and(|n| n.kind == TokenKind::Arabic);
                // `إنه` of the matter before an impersonal (`إنه ينبغي`, `إنه من المتوقع`):
                // `speaker: ينبغي ...`.
                let impersonal = arabic && norm[k] == "انه" && is_impersonal(next);
                // `قال الحرس الثوري إنه أطلق صواريخ`: a listed perfect of the pronoun's gender
                // (after `قد` too) is the speaker's own verb as well — `الحرس الثوري أطلق
                // صواريخ`, where `الحرس الثوري: أطلق` reads as though another had fired; so
                // `أعلنت الولايات المتحدة أنها ألغت` (whose `أل-` the shape test takes for the
                // article). Only after a verb of saying of that gender and, for `إنه`, one
                // speaker (`قال شهود إنه استخدم`, `قال منتقدو الرسم إنه استخدم`, `تفيد الوثائق
                // أنه خرج` speak of another); not `أمر`, after `إنه` mostly "a matter" (`إنه
                // أمر غير عادل`), `رد فعل` ("a reaction"), a passive its vowel marks (`إنه
                // أُحرز تقدم`), what a witness saw, nor testimony a year dates (below).
                let feminine_saying = says_in_feminine(bare) || bare.starts_with('ت');
                // (Not any `-ين`: names end so, `بوتين`, `بوردين`.)
                let people = super::tense::names_people_in_plural(norm[first]);
                let one_speaker = !(people
                    // A plural in construct (`منتقدو الرسم`, `مؤيدو الحزب`).
                    || norm[first].ends_with('و') && norm[first].chars().count() >= 5);
                // A medium reports others' acts (`قال التلفزيون السوري إنه اقترب`: the army).
                let medium =
                    OUTLETS.contains(&norm[first].strip_prefix("ال").unwrap_or(norm[first]));
                let of_speaker = !medium
                    && match norm[k] {
                        "انه" => !feminine_saying && one_speaker,
                        // A plural of things takes `إنها` (`قالت السلطات إنها`), of people not.
                        "انها" => feminine_saying && !people,
                        _ => false,
                    };
                let own_perfect = of_speaker && {
                    let at = k + 1 + usize::from(norm.get(k + 1) == Some(&"قد"));
                    toks.get(at).is_some_and(|t| {
                        let written = &text[t.start..t.end];
                        t.kind == TokenKind::Arabic
                            && norm[at] != "امر"
                            && !(norm[at] == "رد" && norm.get(at + 1) == Some(&"فعل"))
                            && written.chars().nth(1) != Some('\u{64F}')
                            // What a witness saw (`قالت إنها رأت`) is no news of the present.
                            && !matches!(norm[at], "راي" | "رات")
                            && super::tense::is_listed_perfect_of(written, norm[k] == "انها")
                            // Nor is testimony a year dates (`قالت إنها بدأت علاقة معه في عام
                            // 2006`): the colon keeps it the speaker's word.
                            && !super::dated_by_year(norm, at + 1)
                    })
                };
                let own = arabic
                    && !impersonal
                    && (own_perfect || speakers_own_verb(bare, norm[k], next));
                // Many speakers (`يقول الكثير من منتقدي المسلسل إنه يرسل`) speak of someone
                // else with `إنه`: neither `منتقدي المسلسل يرسل` nor `...: ضحية`. (`إنها` may
                // be theirs: a plural of things takes it, `العديد من وسائل الإعلام إنها`.)
                if norm[k] == "انه" && MANY.contains(&norm[first]) && !impersonal {
                    return None;
                }
                // `إنهم` after one speaker speaks of others (`قال المتحدث باسم الفصيل إنهم لم
                // يتلقوا`): their verb goes after the colon, not after the speaker.
                // `إنهما` takes up a dual (`قال مصدران إنهما يتوقعان`).
                let agrees = match norm[k] {
                    "انهم" => is_sound_plural(norm[first]),
                    "انهما" => super::tense::names_two(norm[first]),
                    _ => true,
                };
                // The speaker of themselves (`قال الوزير إنه مستعد`, `قالت الوزارة إنها مسؤولة`,
                // `إنه "قلق"`): `الوزير: مستعد ...`, as headlines quote.
                let feminine = says_in_feminine(bare);
                let of_self = match norm[k] {
                    "انه" => !feminine,
                    "انها" => feminine,
                    "انهما" => agrees,
                    _ => !feminine && agrees,
                };
                // `أنها ومغني الراب ... رزقا بطفلة`: the pronoun and another share a verb
                // (`كايلي جينر: ومغني الراب` had read). Not a word whose own first letter is
                // `و`: a verb of the list (`إنه وافق`), two letters after it (`وقع`, `وجد`),
                // or one of [`OWN_WAW`].
                let coordinated = toks.get(k + 1).is_some_and(|n| {
                    let o = &text[n.start..n.end];
                    norm[k + 1]
                        .strip_prefix('و')
                        .is_some_and(|rest| rest.chars().count() >= 3)
                        && !OWN_WAW.contains(&norm[k + 1])
                        && !(super::tense::is_listed_perfect(o)
                            || super::tense::is_listed_imperfect(o))
                });
                let predicate = of_self
                    && (keeps_that || !coordinated)
                    && toks.get(k + 1).is_some_and(|n| {
                        n.kind == TokenKind::Arabic && !announces_complement(norm[k + 1])
                            || norm[k + 1] == "\""
                    });
                return (after >= 3 && (own || impersonal || predicate))
                    .then(|| speech(k, !(own && agrees)))
                    .flatten();
            }
            // A quotation right after the speaker, with no colon (`قالت هيلي "خلفي بقايا
            // صاروخ ..."`), is what was said, as after the article's colon: `هيلي: "..."`
            // (its marks had been dropped by the cut, `تقول هيلي خلفي بقايا`). Not a name in
            // quotation marks (`صحيفة "واشنطن بوست" إن`): the quotation must hold four words
            // or more and end the clause.
            "\"" if quotes % 2 == 0
                && !keeps_that
                && words > 0
                && spaced
                && SAYING_VERBS.contains(&bare)
                && opens_quotation(toks, norm, text, k) =>
            {
                let sp = speech(k, true)?;
                return Some(Speech { object: true, ..sp });
            }
            "\"" => quotes += 1,
            // A colon of the article's own not right before `إن` (`إنجازين مهمين: أولهما أن`;
            // `في بيان: إن` is the statement's), or the verb's own `عما` (`كشف باحثون عما
            // وصفوه أنه`): what was said has begun otherwise.
            // The article's own colon after a speaker (`قال لافروف: "..."`) is the headline's
            // (`لافروف: ...`), for a verb of saying that quotes; `قائلا`/`بالقول` before it goes
            // with the verb (`تابع الأسد قائلا:`).
            ":" if !norm.get(k + 1).is_some_and(|n| is_that(n)) => {
                // A quotation opens with `إن`/`إنه` (`قال ترامب: "إن لم تتحسن`), not `أن`/`أنه`
                // (`ذكر ميلنبرغ: "أنه يتم` would read `ميلنبرغ: أنه يتم`).
                let first_said = k + 1 + usize::from(next_word(k) == "\"");
                let that = is_an_that(toks, norm, text, first_said);
                let quotes_speech = !keeps_that
                    && (SAYING_VERBS.contains(&bare)
                        || QUOTING_VERBS.contains(&bare)
                        || RELAYING_VERBS.contains(&bare))
                    && !that
                    && words > 0
                    && !bracket
                    && quotes % 2 == 0
                    && words_after(k) >= 3;
                if !quotes_speech {
                    return None;
                }
                // `قائلا`, `حديثه قائلا`, `يقول` before the colon go with the verb.
                let from = (verb_end + 1..k)
                    .rev()
                    .take_while(|&j| QUOTING_WORDS.contains(&norm[j]))
                    .last();
                // Another verb of saying inside the speaker (`كتب الحزب بيانا على صفحته قال
                // فيه:`) says it, not the speaker.
                let end = from.unwrap_or(k);
                let says = |w: &str| {
                    matches!(
                        strip_conjunction(w).unwrap_or(w),
                        "قال" | "قالت" | "يقول" | "تقول" | "اضاف" | "اضافت"
                    )
                };
                let own = pluperfect.map(|(_, p)| p);
                if (verb_end + 1..end).any(|j| Some(j) != own && says(norm[j])) {
                    return None;
                }
                // Nor the verb's own `على` and its object (`أكد الاتحاد على التزامه بالمساواة،
                // قائلا:` had made `الاتحاد على التزامه بالمساواة:`), not the name `علي`.
                let on = |j: usize| {
                    norm[j] == "علي"
                        && text[toks[j].start..toks[j].end].ends_with('ى')
                        && !is_channel(norm[j], next_word(j))
                };
                if matches!(bare, "اكد" | "اكدت" | "شدد" | "شددت") && (verb_end + 1..end).any(on)
                {
                    return None;
                }
                let sp = speech(k, true)?;
                let sp = match from {
                    Some(j) => sp.closed_from(j),
                    None => sp,
                };
                return Some(Speech { object: true, ..sp });
            }
            "(" | ")" | "[" | "]" | "عما" | "عمن" => return None,
            // Not a dot inside a name (`ممزورلد.كوم`, `سي.إن.بي.سي`).
            _ if t.kind == TokenKind::Punct
                && is_full_stop(norm[k])
                && !(text[..t.start].ends_with(char::is_alphanumeric)
                    && text[t.end..].starts_with(char::is_alphanumeric)) =>
            {
                return None
            }
            // `إنه`, `بأن`, `لأن`: the complement has begun without a bare `إن`.
            x if t.kind == TokenKind::Arabic
                && x != "ان"
                && announces_complement(x)
                && x.contains("ان") =>
            {
                return None
            }
            _ => {}
        }
        // A time (`يوم الجمعة`) is the statement's, not the speaker's: it does not count.
        // Nor do words another rule already deleted (`لكرة القدم`).
        if t.kind.is_word() && keep[k] && !bracket && tail.is_none() && !is_time_word(norm[k]) {
            words += 1;
            if words > MAX_APPOSITION_WORDS {
                return None;
            }
            if words > MAX_SPEAKER_WORDS && long.is_none() && !long_unnamed {
                match comma.into_iter().chain(relative_at).min() {
                    Some(c) => long = Some(c),
                    None => long_unnamed = true,
                }
            }
        }
    }
    None
}

/// Heads of a speaker that reports rather than acts (normalized, without the article): their
/// `إنه`/`إنها` is mostly someone else's (`قال التلفزيون السوري إنه اقترب من استعادة`). Not
/// `موقع`, also a company that acts (`موقع تويتر يحظر`).
const OUTLETS: &[&str] = &[
    "تلفزيون",
    "صحيفة",
    "وكالة",
    "قناة",
    "اذاعة",
    "راديو",
    "تقرير",
    "بيان",
    "مصدر",
    "مصادر",
    "وسائل",
    "اعلام",
    "مجلة",
    "شبكة",
];

/// Heads of a speaker of many (`الكثير من`, `بعض`, `معظم`, `عشرات`), normalized: their
/// `إنه` is someone else's.
const MANY: &[&str] = &[
    "الكثير",
    "كثير",
    "كثيرون",
    "العديد",
    "عديد",
    "بعض",
    "معظم",
    "اغلب",
    "غالبية",
    "اغلبية",
    "عدد",
    "عشرات",
    "مئات",
    "الاف",
    "الالاف",
];

/// Words after `إنه`/`إنها` whose first `و` is their own, normalized, with `ة` or `ه` (see
/// the coordinated pronoun in [`find`]).
const OWN_WAW: &[&str] = &[
    "واحد",
    "واحدة",
    "واحده",
    "واثق",
    "واثقة",
    "واثقه",
    "واثقون",
    "وحيد",
    "وحيدة",
    "وحيده",
];

/// Tokens from `كان` to the verb of saying after the speaker (`وكانت رئيسة الوزراء البريطانية
/// تيريزا ماي قد أكدت`).
const MAX_PLUPERFECT_SPAN: usize = 16;

/// `كان X قد قال` / `كان X قال` (the pluperfect, "X had said") opening the sentence at `verb`:
/// where the circumstance closing the speaker begins (`قد`, or the verb of saying) and the
/// verb of saying itself, a perfect of [`SAYING_VERBS`]. The speaker is words only, up to
/// commas and quotation marks; a relative pronoun, a complementizer or another mark first
/// means another clause (`كان الرئيس يعتزم زيارة المدينة التي قال إنها`).
fn pluperfect_saying(
    toks: &[AnalyzedToken],
    norm: &[&str],
    text: &str,
    keep: &[bool],
    verb: usize,
) -> Option<(usize, usize)> {
    let mut words = 0;
    for k in verb + 1..toks.len().min(verb + 1 + MAX_PLUPERFECT_SPAN) {
        let w = norm[k];
        if !keep[k] || RELATIVES.contains(&w) || is_that(w) || matches!(w, "بان" | "لان") {
            return None;
        }
        if toks[k].kind == TokenKind::Punct && !matches!(w, "," | "\"") {
            return None;
        }
        let saying = |w: &str| SAYING_VERBS.contains(&w) && !matches!(w, "يقول" | "تقول");
        // `قد` before another verb (`وكان البيت الأبيض قد أصدر بيانا قال فيه إن`): that verb's.
        if w == "قد" && !norm.get(k + 1).is_some_and(|n| saying(n)) {
            return None;
        }
        if words > 0 && saying(w) {
            // `قال فيه إنه`: a clause of its own after the speaker's (`وكان كيم يرد على خطاب
            // ترامب، قال فيه إنه سيدمر`).
            if norm
                .get(k + 1)
                .is_some_and(|n| matches!(*n, "فيه" | "فيها" | "فيهم" | "فيهما"))
            {
                return None;
            }
            let q = if norm[k - 1] == "قد" { k - 1 } else { k };
            return (q > verb + 1).then_some((q, k));
        }
        // Another verb before it is the subject's own (`وكان كيم يرد`).
        let original = &text[toks[k].start..toks[k].end];
        if toks[k].kind == TokenKind::Arabic
            && (super::tense::is_listed_imperfect(original)
                || super::tense::is_listed_perfect(original))
        {
            return None;
        }
        words += usize::from(toks[k].kind.is_word());
    }
    None
}

/// Verbs after which an article names who speaks again (`وأضاف مورينيو`), normalized, past
/// the verbs of saying.
const RESUMING_VERBS: &[&str] = &["تابع", "تابعت", "اشار", "اشارت", "يضيف", "تضيف", "يتابع"];

/// Words that stand before a name (normalized) and name nobody alone: `وأضاف الدكتور` goes
/// on with the name or leaves it understood.
const HONORIFICS: &[&str] = &[
    "الدكتور",
    "د",
    "الشيخ",
    "الامير",
    "الاميرة",
    "العميد",
    "اللواء",
    "العقيد",
    "الفريق",
    "السيد",
    "السيدة",
    "المهندس",
    "الاستاذ",
    "الحاج",
];

/// Nouns of a speaker's title (normalized, without the article), which name nobody alone
/// and whose genitive names what they serve, not who speaks (`مستشار الكرملين`).
const TITLES: &[&str] = &[
    "رئيس",
    "رئيسة",
    "نائب",
    "نائبة",
    "وزير",
    "وزيرة",
    "مدير",
    "مديرة",
    "امين",
    "امينة",
    "مستشار",
    "مستشارة",
    "متحدث",
    "متحدثة",
    "ناطق",
    "ناطقة",
    "باسم",
    "سفير",
    "سفيرة",
    "مبعوث",
    "مبعوثة",
    "قائد",
    "قائدة",
    "زعيم",
    "زعيمة",
    "محافظ",
    "محافظة",
    "ممثل",
    "ممثلة",
    "عضو",
    "عضوة",
    "مسؤول",
    "مسؤولة",
    "مؤسس",
    "مؤسسة",
    "لاعب",
    "لاعبة",
    "مدرب",
    "مدربة",
    "نجم",
    "نجمة",
    "خبير",
    "خبيرة",
    "مراسل",
    "مراسلة",
    "حارس",
    "مهاجم",
    "مدافع",
    "امير",
    "ملك",
    "ولي",
    "شيخ",
    "مفتي",
    "نقيب",
    "قاضي",
    "قاضية",
    "محامي",
    "محامية",
];

/// Nouns of kin (normalized, without the article): a speaker they head is someone's kin, and
/// every name after them is that someone's (`والد السودانية نورا حسين`).
const KIN: &[&str] = &[
    "والد",
    "والدة",
    "ابن",
    "ابنة",
    "نجل",
    "نجلة",
    "شقيق",
    "شقيقة",
    "زوج",
    "زوجة",
    "ارملة",
];

/// Whether `w` (normalized) is a title noun ([`TITLES`]) or a noun of kin ([`KIN`]), with
/// or without the article.
fn is_title(w: &str) -> bool {
    TITLES.contains(&w.strip_prefix("ال").unwrap_or(w)) || is_kin(w)
}

/// Whether `w` (normalized) is a noun of kin ([`KIN`]), with or without the article.
fn is_kin(w: &str) -> bool {
    KIN.contains(&w.strip_prefix("ال").unwrap_or(w))
}

/// Words that open what describes a unit after its head (normalized): `التابعة لمركز`,
/// `بالاشتراك مع`, a place's `من ولاية`, `في`.
const UNIT_MODIFIERS: &[&str] = &[
    "التابعة",
    "التابع",
    "التابعين",
    "بالاشتراك",
    "بالتعاون",
    "بالتنسيق",
    "من",
    "في",
    "خلال",
    "بدعم",
];

/// Most words of a unit's head ([`Speech::unit_head`]).
const MAX_UNIT_HEAD_WORDS: usize = 5;

/// Fewest words of a speaker that goes by a shorter name the article gives them.
const MIN_RENAMED_WORDS: usize = 4;

/// Most words of a name taken for a speaker (`عبد الرحمن آل ثاني`).
const MAX_NAME_WORDS: usize = 3;

/// The last run of the speaker's words (`from..to`) that the article, outside this sentence,
/// writes right after a verb of saying (`وأضاف الشاهد`, `وتابع آل الشيخ`): the name the
/// speaker goes by. A first name the article keeps before it (`يوسف الشاهد`, twice) comes
/// with it.
fn name_in_speaker(
    doc: &Analysis<'_>,
    toks: &[AnalyzedToken],
    norm: &[&str],
    from: usize,
    to: usize,
) -> Option<(usize, usize)> {
    let all = doc.tokens();
    let word = |k: usize| {
        toks[k].kind == TokenKind::Arabic
            && !mujaz_text::is_stop_word(norm[k])
            && !is_time_word(norm[k])
    };
    // The speaker's words a name may begin with: the article is scanned for them (a cheap
    // comparison) and only where one stands is the word before it tested as a verb of saying.
    let starts: Vec<&str> = (from..to).filter(|&k| word(k)).map(|k| norm[k]).collect();
    if starts.is_empty() {
        return None;
    }
    // Where the article names someone after a verb of saying, outside this sentence: found
    // once, so a long article costs one pass.
    let after_verbs: Vec<usize> = (1..all.len())
        .filter(|&a| {
            let (t, v) = (&all[a], &all[a - 1]);
            t.kind == TokenKind::Arabic
                && starts.contains(&doc.norm(t))
                && v.kind == TokenKind::Arabic
                && !super::in_sentence(toks, v)
                && {
                    let v = doc.norm(v);
                    let bare = strip_conjunction(v).unwrap_or(v);
                    is_saying_verb(v) || RESUMING_VERBS.contains(&bare)
                }
        })
        .collect();
    if after_verbs.is_empty() {
        return None;
    }
    let named_after_verb = |j: usize, len: usize| {
        after_verbs
            .iter()
            .any(|&a| (0..len).all(|i| all.get(a + i).is_some_and(|t| doc.norm(t) == norm[j + i])))
    };
    for j in (from..to).rev() {
        if !word(j) {
            continue;
        }
        // The longest run from `j` that the article writes whole after the verb.
        let Some(len) = (1..=MAX_NAME_WORDS.min(to - j)).rev().find(|&len| {
            (j..j + len).all(|k| toks[k].kind == TokenKind::Arabic)
                // `آل الشيخ`: a family's name, not the title.
                && !(HONORIFICS.contains(&norm[j + len - 1])
                    && (len == 1 || !joins_family_name(norm[j + len - 2])))
                && named_after_verb(j, len)
        }) else {
            continue;
        };
        let mut a = j;
        if a > from
            && word(a - 1)
            && len < MAX_NAME_WORDS
            && super::fixed_pair_in_article(doc, norm[a - 1], norm[a])
        {
            a -= 1;
        }
        return Some((a, j + len - 1));
    }
    None
}

/// Verbs of saying after their speaker ([`find_subject_first`]), normalized.
const SAID_AFTER_SPEAKER: &[&str] = &[
    "قال",
    "قالت",
    "قالوا",
    "يقول",
    "تقول",
    "يقولون",
    "اكد",
    "اكدت",
    "اكدوا",
    "يؤكد",
    "تؤكد",
    "يؤكدون",
    "اوضح",
    "اوضحت",
    "يوضح",
    "توضح",
    "ذكر",
    "ذكرت",
    "يري",
    "تري",
    "يرون",
];

/// Speakers that begin with `و` of their own (normalized): no conjunction to drop.
const OWN_WAW_SPEAKERS: &[&str] = &[
    "وزير",
    "وزيرة",
    "وزارة",
    "وكالة",
    "وسائل",
    "وفد",
    "ولي",
    "والي",
    "واشنطن",
    "وكيل",
    "وثيقة",
    "وليد",
    "وائل",
    "وزراء",
];

/// Most words in a speaker before their verb.
const MAX_SPEAKER_WORDS_BEFORE: usize = 6;

/// Reported speech with the speaker first (`لكن المحكمة الأوروبية قالت إن اسم النجم ...` →
/// `المحكمة الأوروبية: اسم النجم ...`), as [`find`] finds it after the verb: what is kept
/// opens (past `لكن`/`ولكن`, which goes with the verb) with one to six words that are no
/// verb, function word, relative pronoun or time, then (past a comma) a verb of saying and
/// a bare `إن`/`أن`/`بأن` with three words or more after it. A speaker that is only a pronoun
/// (`لكنه قال إن`) or a quotation's is nobody.
pub(super) fn find_subject_first(
    toks: &[AnalyzedToken],
    norm: &[&str],
    text: &str,
    keep: &[bool],
) -> Option<Speech> {
    let first = keep.iter().position(|&k| k)?;
    let (start, but) = if matches!(norm[first], "لكن" | "ولكن") {
        (first + 1, Some(first))
    } else {
        (first, None)
    };
    let opening = toks.get(start)?;
    // An opening `و` or `ف` would stay before the colon (`والرئيس:`) or be a verb's
    // (`ونشرت المجلة`, `وكتب في`): only nouns that begin with `و` (`وزير`, `وكالة`).
    let w0 = norm[start];
    if opening.kind != TokenKind::Arabic
        || mujaz_text::is_stop_word(w0)
        || w0.starts_with('و') && !OWN_WAW_SPEAKERS.contains(&w0)
        || w0.strip_prefix('ف').is_some_and(|r| {
            r.starts_with("ال")
                || mujaz_text::is_stop_word(r)
                // As written: normalized, `فنفى` is no listed verb.
                || text[opening.start..opening.end]
                    .strip_prefix('ف')
                    .is_some_and(super::tense::is_listed_perfect)
        })
        // After `لكن` the speaker is in the accusative (`لكن مراقبين`, `لكن مسؤولا تركيا`,
        // `ولكن منتقديه`): quoted so, it reads in the wrong case.
        || but.is_some() && ["ين", "ا", "ي", "يه", "يها", "يهم"].iter().any(|e| w0.ends_with(e))
    {
        return None;
    }
    // The verb first, by its spelling alone: most sentences have none there, and the
    // speaker's tests below look words up in the verb tables.
    let window = toks.len().min(start + MAX_SPEAKER_WORDS_BEFORE + 3);
    let verb = (start + 1..window).find(|&k| SAID_AFTER_SPEAKER.contains(&norm[k]))?;
    let mut words = 0;
    for k in start..verb {
        if !keep[k] {
            return None;
        }
        let w = norm[k];
        // A comma only right before the verb.
        if w == ","
            && norm
                .get(k + 1)
                .is_some_and(|n| SAID_AFTER_SPEAKER.contains(n))
        {
            continue;
        }
        let t = &toks[k];
        if !t.kind.is_word() {
            return None;
        }
        let o = &text[t.start..t.end];
        let next = norm.get(k + 1).copied().unwrap_or("");
        if t.kind == TokenKind::Arabic
            && (super::tense::is_listed_perfect(o)
                || super::tense::is_listed_imperfect(o)
                // A clause's conjunction (`عندما`, `كما`); prepositions may stand in a
                // speaker (`مراسل بي بي سي في نيجيريا`, `كثير من المراقبين`).
                || mujaz_text::is_stop_word(w) && !matches!(w, "في" | "من" | "باسم" | "بي" | "سي")
                // A speaker in the accusative after `لكن` (`لكن مراقبين يقولون`) would be
                // quoted in the wrong case.
                || is_indefinite_accusative(w, o)
                || is_oblique_plural(w, next)
                || is_oblique_construct(w, o)
                || super::RELATIVES.contains(&w)
                || is_time_word(w)
                || w.strip_prefix('و').is_some_and(|r| SAYING_VERBS.contains(&r))
                || k > start && matches!(w, "ان" | "انه" | "انها" | "بان" | "عن"))
        {
            return None;
        }
        words += 1;
    }
    if words == 0 || words > MAX_SPEAKER_WORDS_BEFORE || !keep[verb] {
        return None;
    }
    let comp = verb + 1;
    let c = toks.get(comp)?;
    if !matches!(&text[c.start..c.end], "إن" | "أن" | "بأن") || !keep[comp] {
        return None;
    }
    let after = toks[comp + 1..].iter().filter(|t| t.kind.is_word()).count();
    let next = toks.get(comp + 1)?;
    if after < 3 || next.kind != TokenKind::Arabic && norm[comp + 1] != "\"" {
        return None;
    }
    // What was said opening in the accusative (`إن عددا أكبر`, `إن مسؤولين فلسطينيين`)
    // reads wrongly after a colon, as in [`find`].
    if norm[comp + 1] == "ان" || opens_in_accusative(toks, norm, text, comp + 1) {
        return None;
    }
    Some(Speech {
        verb,
        verb_end: verb,
        comp,
        colon: true,
        object: false,
        after_bi: false,
        aside: None,
        tail: None,
        timed: false,
        long_unnamed: false,
        name: None,
        before: Some((start, but)),
    })
}
