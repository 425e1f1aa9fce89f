import ReqEngModel
import Testing

@testable import ReqEngAgents

@Suite struct RequirementClassifierTests {
    @Test(arguments: [
        ("The search page shall return results within 3 seconds.", NFRCategory.performance),
        ("The app must respond quickly even with a slow connection.", .performance),
        ("Only logged in pharmacists may approve a refill.", .security),
        ("All passwords shall be stored encrypted.", .security),
        ("A first-time visitor should be able to learn the booking screen without training.", .usability),
        ("The kiosk must be easy to use for elderly patients.", .usability),
        ("The portal must be available 24/7 with 99.5% uptime.", .availability),
        ("If the database server crashes the app must recover without data loss.", .faultTolerance),
        ("Nightly backups shall allow a full restore after a failure.", .faultTolerance),
        ("Patient records must comply with HIPAA regulations.", .legal),
        ("The shop shall comply with consumer protection law.", .legal),
        ("The screens shall use the corporate colours and logo.", .lookAndFeel),
        ("Buttons should have a modern appearance with a large font.", .lookAndFeel),
        ("The code shall be modular so developers can add new reports easily.", .maintainability),
        ("Upgrades and maintenance shall not require rewriting the data layer.", .maintainability),
        ("The tool shall interface with the existing warehouse server.", .operational),
        ("The app must run on Android and iOS devices.", .portability),
        ("The platform shall support 5000 concurrent users.", .scalability),
        ("The archive must scale as the number of customers grows.", .scalability),
        ("Up to 300 users shall be able to work at the same time.", .scalability),
        ("The server shall have the capacity to store ten years of loans.", .scalability),
    ])
    func categoryOfQualitySentences(_ sentence: String, _ category: NFRCategory) {
        let result = RequirementClassifier().classify(sentence)
        #expect(result.category == category, "\(sentence)")
        #expect(result.type != .functional)
    }

    @Test func whatAThingIsOnlyUsedForIsNoSecurity() {
        let purpose = RequirementClassifier().classify("The remote control should be only used for the television.")
        #expect(purpose.category != .security)
        let access = RequirementClassifier().classify("Only authorised staff can open the medication report.")
        #expect(access.category == .security)
    }

    @Test func restrictingTheScopeIsNoSecurity() {
        for sentence in [
            "The board wants us to restrict the kettle to tea only.", "The app should be restricted to the web shop.",
        ] {
            #expect(RequirementClassifier().classify(sentence).category != .security, "\(sentence)")
        }
        for sentence in [
            "Access to the salary report shall be restricted to the payroll team.",
            "The system shall restrict access to patient files.",
        ] {
            #expect(RequirementClassifier().classify(sentence).category == .security, "\(sentence)")
        }
    }

    @Test func aScaleThatWeighsIsNoScalability() {
        for sentence in [
            "The scale should show the weight and the unit.", "The kitchen scale shall be in the shops by autumn.",
        ] {
            #expect(RequirementClassifier().classify(sentence).category != .scalability, "\(sentence)")
        }
        #expect(
            RequirementClassifier().classify("The booking site shall scale to every school.").category == .scalability)
    }

    @Test(arguments: [
        "The system shall let a receptionist cancel an appointment.",
        "Managers must be able to print the monthly invoice list.",
        "The app shall send a confirmation email after each booking.",
        "The clerk shall enter the delivery date for every order.",
        // Capacity and simultaneity in the domain, not of the system.
        "No member may have two loans of the same book at the same time.",
        "Reading rooms have a capacity and the booking tool respects it.",
        "The remote shall have a volume button.",
    ])
    func actionStatementsAreFunctional(_ sentence: String) {
        let result = RequirementClassifier().classify(sentence)
        #expect(result.type == .functional)
        #expect(result.category == nil)
        #expect(result.promiseCode == "F")
    }

    @Test(arguments: [
        "The backend must be written in Swift.",
        "The project must stay within a budget of 40000 dollars.",
    ])
    func constraints(_ sentence: String) {
        #expect(RequirementClassifier().classify(sentence).type == .constraint)
    }

    @Test func confidenceGrowsWithEvidenceAndStaysInRange() {
        let classifier = RequirementClassifier()
        let weak = classifier.classify("The page shall be quick.")
        let strong = classifier.classify("The page shall respond within 2 seconds with a latency under 200 ms.")
        #expect(strong.confidence > weak.confidence)
        #expect((0...1).contains(weak.confidence) && (0...1).contains(strong.confidence))
        #expect(RequirementClassifier.confidence(margin: 0) == 0.5)
        #expect(RequirementClassifier.confidence(margin: 2) == 0.75)
    }
}
