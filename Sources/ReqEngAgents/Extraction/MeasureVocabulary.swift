/// The words of numbers and units that every agent reads measures with: extraction (a measured
/// answer), validation (whether a statement has a measure), synthesis (no number is a glossary term)
/// and the tokenizer (a number said in words).
enum MeasureVocabulary {
    /// Numbers said in words ("fifteen", "a hundred", "a dozen").
    static let cardinals: Set<String> = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
        "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion",
        "dozen",
    ]
    /// Parts and repetitions said in words.
    static let fractions: Set<String> = ["half", "quarter", "once", "twice"]
    /// Units of time, singular and plural, with their spoken abbreviations.
    static let time: Set<String> = [
        "second", "seconds", "sec", "secs", "ms", "millisecond", "milliseconds", "minute", "minutes", "min", "mins",
        "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years",
    ]
    /// Units of money and shares.
    static let money: Set<String> = [
        "euro", "euros", "dollar", "dollars", "pound", "pounds", "cent", "cents", "percent",
    ]
    /// Units of length and of data.
    static let lengthAndData: Set<String> = [
        "kilometre", "kilometres", "kilometer", "kilometers", "km", "metre", "metres", "meter", "meters", "gb",
        "mb", "tb",
    ]
    /// Every unit above.
    static let units = time.union(money).union(lengthAndData)
}
