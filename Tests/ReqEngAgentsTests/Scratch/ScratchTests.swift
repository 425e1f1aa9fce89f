import ReqEngModel
import Testing

@testable import ReqEngAgents

@Suite struct ScratchTests {
    @Test func scratch() {
        for s in [
            "Schools that don't want the parent payments.", "Members who don't want a receipt can skip it.",
            "Customers that don't want email should get a letter.", "Anything that we don't want on the lamp goes.",
            "We don't want the parent payments.", "Customers who want a receipt should get one by email.",
            "I think that we need a dimmer.", "So that we need less cables.", "It's clear that users need a dimmer.",
        ] {
            print(
                "REQ", s, "->", ExtractionFixtures.extract(s)?.statement ?? "nil",
                ExtractionFixtures.extract(s)?.priority as Any)
        }
    }
}
