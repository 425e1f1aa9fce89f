/// Cues of the categories about appearance, change and environment, plus functional and
/// constraint evidence.
extension ClassifierLexicon {
    static let lookAndFeel = LexiconCue.list([
        "look*": 1.5, "look and feel": 3, "appearance": 3, "appear*": 1, "colo*": 2.5, "colour*": 2.5,
        "font*": 3, "logo*": 3, "brand*": 2.5, "style*": 2, "theme*": 2.5, "layout": 2, "aesthetic*": 3,
        "attractive": 3, "appeal*": 2.5, "professional": 1.5, "modern": 2, "clean": 1.5, "graphic*": 1.5,
        "image*": 1, "icon*": 2, "sound*": 1.5, "animat*": 2, "visual*": 1.5, "visible": 1, "screen": 0.5,
        "resolution": 1, "scheme": 1.5, "user interface": 1.5, "ui": 1.5, "gui": 1.5, "interface standards": 2,
        "interface guideline*": 2.5,
        "interface creation": 2, "corporate": 1, "screens": 1, "interface shall": 0.5, "menu*": 1,
        "button*": 1, "background": 2, "pixel*": 2, "bold": 2, "highlight*": 1.5, "blink*": 2, "flash*": 1,
        "design": 0.5, "consistent look": 3, "stylesheet*": 3, "css": 2, "pleasing": 2.5, "cartoon*": 2,
        "text size": 2, "large print": 2, "simulate*": 1, "display* in": 0.5, "web page*": 0.5,
    ])

    static let maintainability = LexiconCue.list([
        "maintain": 1, "maintained": 1, "maintaining": 1, "maintainab*": 3, "maintenance": 2, "upgrad*": 2,
        "update*": 1, "modif*": 1,
        "modular*": 3, "configurab*": 2, "extensib*": 3, "extend*": 1.5, "reusab*": 3, "reuse": 2,
        "coding standard*": 3, "code": 1.5, "design pattern*": 3, "documented": 1.5, "new feature*": 2,
        "release*": 1.5, "patch*": 2, "version control": 3, "testab*": 3, "unit test*": 3, "refactor*": 3,
        "developer*": 1.5, "programmer*": 2, "fix": 1, "fixed": 1, "bug*": 1.5, "defect*": 1, "change*": 1,
        "architecture": 1.5, "without any change": 2, "easy to change": 3, "easy to modify": 3,
        "source code": 2, "readab*": 0.5, "comment*": 1, "technical debt": 3, "components": 1,
        "mean time to repair": 3, "mttr": 3, "deploy new": 1.5, "integrate new": 2, "add new": 0.5,
        "supportab*": 3, "life cycle": 1.5, "lifecycle": 1.5, "dba*": 1, "schema": 1, "regular basis": 1.5,
    ])

    static let operational = LexiconCue.list([
        "operat*": 1, "operating environment": 3, "environment": 2, "interface with": 2.5, "interface to": 2,
        "interfac*": 1, "integrat* with": 2, "existing system*": 2, "existing": 0.5, "server*": 1.5,
        "database*": 0.5, "network*": 1.5, "hardware": 1, "install*": 1.5, "deploy*": 1.5,
        "workstation*": 2, "printer*": 1.5, "scanner*": 1.5, "office": 1, "internet connection": 1,
        "bandwidth": 1.5, "browser*": 1.5, "internet explorer": 2, "firefox": 2, "chrome": 2,
        "windows": 1, "operating system*": 1, "monitor*": 1.5, "batch": 2, "nightly": 2, "daily": 1,
        "weekly": 1, "schedul*": 0.5, "administer*": 1, "administration": 1, "job*": 0.5, "log file*": 2,
        "support* internet": 1.5, "run* in": 1, "connect* to": 1, "data feed*": 2, "import*": 0.5,
        "export*": 0.5, "third party": 1.5, "external system*": 2, "api": 1, "legacy": 2, "mainframe": 2,
        "noise": 1.5, "temperature": 2, "outdoor*": 2, "field": 0.5, "vehicle*": 1, "weather": 1.5,
        "used within": 2, "used in": 1, "used by": 0.5, "be used to": 1.5, "utili*": 1.5, "be supported": 1.5,
        "data format*": 2, "format*": 0.5, "encoded": 1.5, "conditions": 1, "specifications": 1, "equipment": 1.5,
        "central server": 2, "located": 1, "storage": 1, "disk": 1.5, "ram": 1.5, "gb": 1, "mb": 1,
    ])

    static let portability = LexiconCue.list([
        "portab*": 3, "port*": 0.5, "platform*": 2.5, "cross platform": 3, "multi platform": 3,
        "operating system*": 2, "windows": 1.5, "linux": 2.5, "unix": 2.5, "mac": 2, "macos": 2.5,
        "ios": 2.5, "android": 2.5, "mobile": 1.5, "device*": 1, "pda*": 2.5, "palm": 2, "handheld": 2,
        "tablet*": 2, "smartphone*": 2, "browser*": 1, "independent": 1.5, "run on": 2.5, "runs on": 2.5,
        "run under": 2, "compatib*": 2, "migrat*": 2, "transfer* to": 1, "any platform": 3, "java": 1,
        "jvm": 2, "native": 1, "versions of": 1, "environments": 1, "other": 0.3, "installed on": 1.5,
    ])

    static let scalability = LexiconCue.list([
        // "scalable", "scale up": not "the kitchen scale", a product that weighs things.
        "scalab*": 3, "scale to": 3, "scales to": 3, "scale up": 3, "scale out": 3, "scaling": 3, "at scale": 3,
        "scale with": 3, "scales with": 3, "scale well": 3, "scales well": 3, "scale as": 3, "concurrent*": 3,
        "simultaneous*": 3, "users at the same time": 2, "work at the same time": 2,
        "people at the same time": 2, "at a time": 1.5,
        "number of users": 2.5, "# users": 2, "# concurrent": 3, "# simultaneous": 3, "users at": 1,
        "up to #": 1, "grow*": 2.5, "increase*": 1.5, "expand*": 2, "volume of": 2, "volumes of": 2,
        "data volume*": 2, "high volume*": 2, "large volume*": 2, "capacity": 1, "capacity to": 1.5,
        "capacity of the system": 1.5, "storage capacity": 1.5,
        "handl* #": 1.5, "handle* up to": 2, "handle all": 1.5, "handling": 0.5, "per hour": 1,
        "per day": 1, "per month": 1, "load": 1, "peak": 2, "million*": 1.5, "thousand*": 1.5,
        "records": 0.5, "transactions per": 2, "requests per": 2, "additional users": 2.5, "# customers": 1.5,
        "supporting #": 1.5, "capable of handling": 1.5, "more users": 2,
        "next # years": 1.5, "for a minimum of": 1, "multiple users": 1.5, "multiple remote": 1.5,
        "cater*": 1, "accommodat*": 1.5, "# % growth": 3, "storage": 0.5, "tb": 1.5, "terabyte*": 2,
    ])

    /// Evidence that the sentence describes behaviour (what the system does) rather than a quality.
    static let functional = LexiconCue.list([
        "allow*": 1.5, "display*": 1, "show*": 1, "add": 1, "adds": 1, "create*": 1.5, "delete*": 1.5,
        "remove*": 1.5, "edit*": 1.5, "view": 1, "search*": 1, "generate*": 1.5, "print*": 1.5,
        "send*": 1.5, "notif*": 1.5, "record*": 1, "store*": 1, "calculat*": 2, "comput*": 1.5,
        "select*": 1, "enter*": 1, "submit*": 1.5, "assign*": 1.5, "list*": 1, "sort*": 1.5, "filter*": 1.5,
        "upload*": 1.5, "download*": 1, "email*": 1, "e mail": 1, "track*": 1, "save*": 1, "cancel*": 1.5,
        "approve*": 1.5, "reject*": 1.5, "be able to": 1, "ability to": 1, "capability to": 1, "let": 1, "lets": 1,
        "enable*": 0.5, "provide*": 0.5, "report*": 0.5, "request*": 0.5, "mark": 1, "marks": 1, "select": 1,
        "choose": 1, "specify": 1.5, "indicate*": 1, "link*": 1, "contain*": 0.5, "include*": 0.5,
        "check*": 0.5, "verify*": 0.5, "validate*": 0.5, "prompt*": 1, "place": 1, "places": 1, "order*": 0.5,
        "book*": 1, "reserve*": 1, "pay*": 1, "purchase*": 1, "register*": 1, "schedul*": 1,
        "move*": 1, "play*": 1, "receive*": 1, "retrieve*": 1.5, "query": 1, "queries": 1, "update": 0.5,
        "issue*": 0.5, "close*": 0.5, "open*": 0.5, "confirm*": 1, "alert*": 0.5, "sync*": 0.5,
        "accept": 1, "accepts": 1, "return*": 0.5, "the user": 0.5, "when": 0.5, "if": 0.3, "each": 0.5, "field*": 0.5,
    ])

    /// Evidence of a constraint: a fixed technology, budget, deadline or mandated design choice.
    static let constraint = LexiconCue.list([
        "written in": 3, "developed in": 3, "developed using": 3, "implemented in": 3, "built with": 2.5,
        "built on": 2, "must use": 2, "shall use": 1.5, "has to use": 2, "using the": 0.5, "budget*": 3,
        "deadline*": 3, "cost*": 1.5, "$": 2, "dollar*": 2, "euro*": 2, "by the end of": 2, "go live": 2,
        "launch date": 2.5, "programming language": 3, "framework": 2, "open source": 2, "postgres*": 2,
        "mysql": 2, "oracle": 2, "sql server": 2, "python": 2.5, "swift": 2.5, "javascript": 2.5,
        "typescript": 2.5, "react": 2, "kotlin": 2.5, "c #": 1.5, "net": 0.5, "php": 2, "aws": 2,
        "azure": 2, "cloud provider": 2, "on premise*": 2, "vendor": 1, "team of": 1.5, "developers": 0.5,
        "within budget": 3, "before the": 1, "release date": 2.5, "not allowed to use": 3, "no cloud": 2.5,
        "mandated": 2, "approved": 0.5, "stack": 1.5, "existing infrastructure": 2,
    ])
}
