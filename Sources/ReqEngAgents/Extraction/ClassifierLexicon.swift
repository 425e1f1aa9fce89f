import ReqEngModel

/// General knowledge of how people state quality needs, as weighted cues per NFR category.
///
/// The cues come from the vocabulary of software quality models (ISO/IEC 25010 characteristics and
/// their usual measures) and from how stakeholders phrase needs in interviews; they name concepts,
/// units and syntactic frames ("within # seconds", "# % of the time"), never particular sentences.
/// Weights: 3 = the cue alone decides the category, 2 = strong, 1 = supporting, 0.5 = weak hint.
enum ClassifierLexicon {
    /// Cues of every NFR category, in ``NFRCategory`` order.
    static let categories: [(NFRCategory, [LexiconCue])] = [
        (.performance, performance), (.security, security), (.usability, usability),
        (.availability, availability), (.faultTolerance, faultTolerance), (.legal, legal),
        (.lookAndFeel, lookAndFeel), (.maintainability, maintainability), (.operational, operational),
        (.portability, portability), (.scalability, scalability),
    ]

    static let performance = LexiconCue.list([
        "response time*": 3, "respond*": 1.5, "latency": 3, "throughput": 2.5, "fast": 2, "faster": 2,
        "quick*": 1.5, "speed*": 1.5, "performance": 2, "performant": 2, "timely": 2, "acceptable time": 2.5,
        "within # second*": 3, "within # millisecond*": 3, "within # minute*": 2, "within # ms": 3,
        "# second*": 1.5, "# seconds": 0.5, "# millisecond*": 2, "# ms": 2, "# minute*": 1, "# min": 1,
        "in under #": 2, "under # second*": 1.5, "less than # second*": 1, "no longer than": 1.5,
        "no more than # second*": 1, "no later": 1.5, "take* no": 1, "take* less": 1, "take* longer": 1,
        "every # second*": 2, "every # minute*": 1.5, "every second": 2, "every minute": 1.5,
        "real time": 2, "realtime": 2, "delay*": 1.5, "lag": 2, "wait*": 1, "instant*": 1.5,
        "immediate*": 1, "efficient*": 1, "cpu": 2, "memory": 1, "refresh*": 1, "load* in": 1,
        "page load*": 2.5, "time out": 0.5, "per second": 1.5, "buffer*": 1.5, "degradation": 1.5,
        "slow*": 1.5, "seconds": 0.5, "duration": 0.5, "poll*": 1, "asynchronous*": 1, "cache": 1,
        "processing time": 2.5, "turnaround": 2, "# s": 1, "sub second": 2, "subsecond": 2,
    ])

    static let security = LexiconCue.list([
        "secur*": 2.5, "authenticat*": 3, "authoriz*": 2.5, "authoris*": 2.5, "unauthori*": 3, "log in": 1,
        "login*": 1, "logon": 1, "log on": 1, "sign in": 1, "password*": 2.5, "passcode*": 2.5, "encrypt*": 3,
        "decrypt*": 2, "permission*": 2, "privilege*": 2, "access control": 3, "access level*": 2.5,
        "only authori*": 2, "only users": 1.5, "only": 1, "can only": 1.5, "only ... can": 1.5, "only ... shall": 1.5,
        "only ... may": 1.5,
        "only ... are": 1, "only ... will": 1,
        // "Only used for the television": what a thing is for, not who may use it.
        "only used for": -1, "only be used for": -1, "used only for": -1,
        "access right*": 3, "access": 1, "invalid data": 2, "incorrect data": 2, "valid data": 1.5,
        // "Restrict the remote to the TV only" limits the scope; restricting access is security.
        "restrict*": 0.5, "restrict* access": 2, "access ... restrict*": 2, "restricted to authori*": 2,
        "to _ only": -0.5,
        "confidential*": 2.5, "privacy": 2, "private": 1.5, "protect*": 1.5, "virus*": 3, "malware": 3,
        "malicious": 1.5, "attack*": 2.5, "hack*": 3, "intrusion*": 3, "firewall*": 3, "ssl": 3, "tls": 3,
        "https": 2, "credential*": 2.5, "sensitive": 1.5, "tamper*": 2.5, "breach*": 2.5, "threat*": 2,
        "role*": 1, "have access": 1.5, "access to": 0.5, "not have access": 2, "no access": 2,
        "prevent*": 0.5, "identity": 1, "identit*": 1, "anonym*": 1.5, "two factor": 3, "2fa": 3,
        "multi factor": 3, "mfa": 3, "lock* out": 2, "session timeout": 2, "time* out after": 1.5,
        "inactivity": 1.5, "spoof*": 3, "injection": 2.5, "xss": 3, "vulnerab*": 3, "cipher*": 2,
        "hash*": 1.5, "token*": 1, "pin": 1, "revoke*": 2, "revoked": 2, "safeguard*": 2, "audit log*": 1,
        "administrator": 0.3, "corrupt*": 1.5, "integrity": 2, "cookie*": 1.5, "information policy": 2.5,
    ])

    static let usability = LexiconCue.list([
        "easy": 2, "easily": 1.5, "ease": 2, "user friendly": 3, "friendly": 2, "intuitive*": 3,
        "usab*": 3, "usable": 3, "learn*": 2.5, "training": 2, "trained": 2, "untrained": 2.5, "novice*": 2,
        "first time": 1.5, "new user*": 1.5, "self explanatory": 3, "understand*": 1.5, "understandable": 2,
        "help": 1, "mistake*": 2, "error message*": 1.5, "click*": 1.5, "navigat*": 1.5, "satisf*": 2,
        "convenien*": 2, "language*": 2, "english": 1.5, "spanish": 1.5, "french": 1.5, "locale*": 2,
        "locali*": 2, "translat*": 1.5, "accessibility": 2.5, "accessib*": 0.5, "disabilit*": 2.5, "impair*": 2.5,
        "screen reader*": 3, "instruction*": 1.5, "without assistance": 2.5, "without help": 2.5,
        "familiar": 2, "consistent*": 1, "frustrat*": 2, "users shall be able": 0.5,
        "simple": 1.5, "preference*": 1.5, "customi*": 1.5, "personali*": 1.5, "conventions": 1.5,
        "help section": 2, "confirm": 0.5, "answers": 1, "simplif*": 1, "clear": 0.5, "confus*": 2, "efficient": 0.5,
        "survey*": 1, "% of _ users": 2, "% of users": 2, "% of new": 1.5, "able to successfully": 1.5,
        "accomplish*": 1.5, "# clicks": 1.5,
        "use the system": 1, "to use": 0.5, "ergonomic*": 2, "keystroke*": 2, "shortcut*": 1.5,
        "tutorial*": 2, "on screen help": 2.5, "online help": 2.5, "tooltip*": 2, "readable": 1.5,
        "color blind": 2, "user experience": 2, "ux": 2, "minimal": 0.5, "effort": 1, "hint*": 1,
    ])

    static let availability = LexiconCue.list([
        "availability": 3, "be available": 1, "available for use": 2, "available to": 0.5, "uptime": 3, "up time": 3,
        "24 / 7": 3, "24x7*": 3, "24 7": 2,
        "24 hours a day": 3, "24 hours per day": 3, "24 hour": 1.5, "24 hrs": 1, "365 day*": 2.5, "7 days a week": 2.5,
        "downtime": 3, "down time": 3,
        "outage*": 2.5, "% of the time": 2.5, "business hours": 2, "hours per day": 2, "hours a day": 2,
        "days per year": 2, "days a year": 2, "at all times": 2, "any time": 1.5, "anytime": 1.5,
        "maintenance window*": 2, "mean time between": 2, "mtbf": 3, "be up": 1, "accessible": 0.5,
        "# % available": 3, "between the hours": 2, "hours of": 1, "nines": 2, "# %": 0.5,
        "am to": 1, "pm": 0.5, "offline": 0.5, "unavailab*": 1,
    ])

    static let faultTolerance = LexiconCue.list([
        "fault*": 3, "failure*": 2.5, "fail*": 1.5, "recover*": 2.5, "backup*": 2.5, "back up": 2.5,
        "back ups": 2.5, "restor*": 2, "crash*": 2.5, "robust*": 2.5, "resilien*": 3, "redundan*": 3,
        "failover": 3, "fail over": 3, "degrad*": 1.5, "gracefully": 2, "offline mode": 3, "goes down": 3,
        "go down": 2.5, "is down": 2, "continue to operate": 2.5, "continue to function": 2.5,
        "continue operat*": 2, "keep working": 2, "error handling": 2, "exception*": 1.5, "data loss": 3,
        "lose data": 3, "lost": 1.5, "loss": 1, "rollback": 2, "roll back": 2, "retry": 2, "retries": 2,
        "reliab*": 2, "interrupt*": 1.5, "power outage": 2, "disaster*": 3, "checkpoint*": 2,
        "mirror*": 1.5, "replicat*": 1.5, "without interruption": 2, "no interruption": 2,
        "in the event of": 1, "comes back": 1.5, "connection is": 1, "connection*": 0.5,
    ])

    static let legal = LexiconCue.list([
        "compl*": 1, "comply": 3, "complies": 3, "compliance": 3, "compliant": 3, "conform*": 2, "law": 3,
        "laws": 3, "legal*": 3, "regulat*": 2.5, "regulatory": 3, "statut*": 3, "hipaa": 3, "gdpr": 3,
        "sox": 3, "sarbanes": 3, "pci": 2.5, "ferpa": 3, "coppa": 3, "ada": 2, "section 508": 3,
        "licens*": 2, "copyright*": 3, "trademark*": 3, "audit": 1, "audited": 2, "auditor*": 2, "audit trail*": 3,
        "standards": 1, "standard": 0.5,
        "polic*": 1, "act": 1, "court*": 2.5, "contract*": 1.5, "retention": 2, "jurisdiction*": 3,
        "tax*": 1.5, "accounting": 1.5, "certif*": 1.5, "liabilit*": 3, "consent": 2.5, "minors": 2,
        "age of": 1.5, "government*": 1.5, "federal": 2, "state law*": 3, "mandat*": 1.5, "w3c": 1.5,
        "history of": 1, "case history": 1.5, "record* of every": 1.5, "guideline*": 1, "rule*": 0.5,
        "law enforcement": 2, "right to": 1.5, "data protection": 2.5, "iso": 1,
    ])
}
