/// Non-functional requirement categories, aligned with the PROMISE NFR codes so evaluation is direct.
public enum NFRCategory: String, Sendable, Codable, Hashable, CaseIterable, Comparable {
    case performance
    case security
    case usability
    case availability
    case faultTolerance = "fault_tolerance"
    case legal
    case lookAndFeel = "look_and_feel"
    case maintainability
    case operational
    case portability
    case scalability

    /// The PROMISE NFR class code (`PE`, `SE`, …).
    public var promiseCode: String {
        switch self {
        case .performance: "PE"
        case .security: "SE"
        case .usability: "US"
        case .availability: "A"
        case .faultTolerance: "FT"
        case .legal: "L"
        case .lookAndFeel: "LF"
        case .maintainability: "MN"
        case .operational: "O"
        case .portability: "PO"
        case .scalability: "SC"
        }
    }

    /// The category for a PROMISE class code, or `nil` (for `F` and unknown codes).
    public init?(promiseCode: String) {
        guard let match = Self.allCases.first(where: { $0.promiseCode == promiseCode.uppercased() }) else {
            return nil
        }
        self = match
    }

    public var displayName: String {
        switch self {
        case .performance: "Performance"
        case .security: "Security"
        case .usability: "Usability"
        case .availability: "Availability"
        case .faultTolerance: "Fault tolerance"
        case .legal: "Legal and compliance"
        case .lookAndFeel: "Look and feel"
        case .maintainability: "Maintainability"
        case .operational: "Operational"
        case .portability: "Portability"
        case .scalability: "Scalability"
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
