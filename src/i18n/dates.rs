//! Dates in the reader's language, from Fluent messages: month names
//! (`month-1`..`month-12`) and a pattern (`date-long`) that receives `$day`,
//! `$month`, `$year`, `$year_be` (Buddhist Era, used by Thai: 2013 -> 2556) and
//! `$day2` (two digits, as Vietnamese official style writes days below 10).

use super::I18n;
use crate::content::front_matter::Date;
use fluent::FluentValue;

pub fn format_date(i18n: &I18n, lang: &str, d: Date) -> String {
    let month = i18n.t(lang, &format!("month-{}", d.month), None);
    let args = I18n::args([
        ("day".to_string(), FluentValue::from(d.day.to_string())),
        (
            "day2".to_string(),
            FluentValue::from(format!("{:02}", d.day)),
        ),
        ("month".to_string(), FluentValue::from(month)),
        (
            "month_number".to_string(),
            FluentValue::from(d.month.to_string()),
        ),
        ("year".to_string(), FluentValue::from(d.year.to_string())),
        (
            "year_be".to_string(),
            FluentValue::from((d.year + 543).to_string()),
        ),
    ]);
    i18n.t(lang, "date-long", Some(&args))
}
