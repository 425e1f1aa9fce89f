import ReqEngModel
import Testing

@testable import ReqEngAgents

/// Inference reads its triggers in context: not against what a stakeholder ruled out, and not when
/// a neighbouring word gives the trigger another sense. Both with the shipped catalogue.
@Suite struct InferenceInContextTests {
    typealias F = QualityFixtures

    static func fired(_ turns: [(String, String)], stated: [Requirement] = []) throws -> Set<String> {
        let agent = try InferenceAgent(softwareShareThreshold: 0)
        let outcome = agent.infer(transcripts: [F.transcript("s1", turns: turns)], requirements: stated)
        return Set(outcome.ruleIDs.values)
    }

    static func stated(_ statement: String, priority: Priority = .must) -> Requirement {
        F.requirement("REQ-001", statement, priority: priority)
    }

    @Test func aRuleNeverFiresAgainstWhatAStakeholderRuledOut() throws {
        let turns = [("Ola", "Nobody should have to log in to search the catalogue.")]
        #expect(
            try !Self.fired(turns, stated: [Self.stated("Patrons shall not need a login at all.")]).contains("SEC-AUTH")
        )
        #expect(
            try Self.fired(turns, stated: [Self.stated("Staff shall log in with a password.")]).contains("SEC-AUTH")
                == false)
        #expect(try Self.fired([("Ola", "Staff log in to the back office.")]).contains("SEC-AUTH"))
    }

    @Test func anOptOutIsOwedOnlyForMessagesSentByMailOrText() throws {
        // A bottle that glows, a push notification on the ward's phones: no mail, no text.
        #expect(try !Self.fired([("Ola", "The bottle glows as a reminder to drink.")]).contains("NOTIF-OPT-OUT"))
        #expect(
            try !Self.fired([("Ola", "A push notification when my own shift changes.")]).contains("NOTIF-OPT-OUT"))
        #expect(
            try Self.fired([("Ola", "A reminder the day before."), ("Kim", "By SMS?"), ("Ola", "Yes, SMS.")]).contains(
                "NOTIF-OPT-OUT"))
    }

    @Test func aWontInTheSpeakersWordsRulesItsThingOut() throws {
        let turns = [("Ola", "No, we don't need that, the council app does reminders.")]
        let refused = Self.stated("No reminders.", priority: .wont)
        #expect(try !Self.fired(turns, stated: [refused]).contains("NOTIF-OPT-OUT"))
        // Said as a need, the same words bring the rule.
        let wanted = Self.stated("Reminders by text message the day before.", priority: .should)
        #expect(
            try Self.fired([("Ola", "Reminders by text message, please.")], stated: [wanted]).contains("NOTIF-OPT-OUT"))
    }

    @Test func aWontThatDeniesAWishRulesOutWhatItWouldBeMadeWith() throws {
        let turns = [("Ola", "Members log in with a password to see their loans.")]
        let refused = Self.stated(
            "I don't want members making an account with a password.", priority: .wont)
        let fired = try Self.fired(turns, stated: [refused])
        #expect(!fired.contains("SEC-AUTH") && !fired.contains("SEC-PASSWORD"))
        // Said as a need, the same words bring the rules.
        #expect(try Self.fired(turns).contains("SEC-PASSWORD"))
    }

    @Test func whereAThingIsRefusedIsNoPartOfWhatIsRefused() throws {
        let turns = [("Ola", "Customers order cakes online and pay a deposit.")]
        let bread = Self.stated("I don't want bread orders online.", priority: .wont)
        #expect(try Self.fired(turns, stated: [bread]).contains("SEC-TLS"))
        let online = Self.stated("I don't want online orders.", priority: .wont)
        #expect(try !Self.fired(turns, stated: [online]).contains("SEC-TLS"))
    }

    @Test func onlyTheThingRuledOutIsExcluded() throws {
        let turns = [("Ola", "We send a text message reminder the day before.")]
        let circumstance = Self.stated("The system shall not send any medical details by SMS or text message.")
        #expect(try Self.fired(turns, stated: [circumstance]).contains("NOTIF-OPT-OUT"))
    }

    @Test func aFailureRateInTheDomainIsNoSystemFailure() throws {
        #expect(
            try !Self.fired([("Ola", "The failure rate of the driving exams is shown per school.")]).contains(
                "OPS-LOGGING"))
        #expect(try Self.fired([("Ola", "When the system crashes we call the help desk.")]).contains("OPS-LOGGING"))
    }

    @Test func anAnimalsDiagnosisIsNoHealthData() throws {
        #expect(
            try !Self.fired([
                ("Ola", "I run a small veterinary clinic."), ("Ola", "Only the vets can change a diagnosis."),
            ])
            .contains("PRIV-HEALTH-SAFEGUARDS"))
        #expect(
            try Self.fired([("Ola", "Only the doctors can change a diagnosis.")]).contains("PRIV-HEALTH-SAFEGUARDS"))
    }

    @Test func aBusinessPhoneNumberIsNoPersonalData() throws {
        let business = [("Ola", "In the EU we list each school with its business phone number.")]
        #expect(try !Self.fired(business).contains("PRIV-GDPR-CONSENT"))
        let personal = [("Ola", "In the EU we keep the phone number of each pupil.")]
        #expect(try Self.fired(personal).contains("PRIV-GDPR-CONSENT"))
    }

    @Test func cardDataNotPaymentAloneBringsPCI() throws {
        #expect(try !Self.fired([("Ola", "Pupils pay the invoice by bank transfer.")]).contains("PAY-PCI-DSS"))
        #expect(try Self.fired([("Ola", "Pupils pay by credit card on the site.")]).contains("PAY-PCI-DSS"))
    }

    @Test func aLibraryCardIsNoPaymentCard() throws {
        let signIn = [("Ola", "Members sign in with their library card number and pay a fee for late books.")]
        #expect(try Self.fired(signIn).isDisjoint(with: ["PAY-PCI-DSS", "PAY-NO-CARD-DATA"]))
        let saidAgain = [
            (
                "Ola",
                "Members pay a fee for late books. They sign in with their library card number. Yes, card number and PIN."
            )
        ]
        #expect(try Self.fired(saidAgain).isDisjoint(with: ["PAY-PCI-DSS", "PAY-NO-CARD-DATA"]))
        let payByCard = [("Ola", "Members pay the fee for late books by credit card.")]
        #expect(try Self.fired(payByCard).isSuperset(of: ["PAY-PCI-DSS", "PAY-NO-CARD-DATA"]))
        let noPayment = payByCard + [("Ola", "Actually no, we invoice it, the system doesn't need to take payments.")]
        #expect(try Self.fired(noPayment).isDisjoint(with: ["PAY-PCI-DSS", "PAY-NO-CARD-DATA"]))
    }

    @Test func stayingLoggedInForAShiftRulesOutTheIdleTimeout() throws {
        let login = [("Ola", "Drivers log in with their staff number and a PIN.")]
        #expect(try Self.fired(login).contains("SEC-SESSION"))
        let shift = login + [("Kim", "And they should stay logged in for the whole shift.")]
        #expect(try !Self.fired(shift).contains("SEC-SESSION"))
    }

    @Test func aJobTitleIsNoRoleModel() throws {
        #expect(try !Self.fired([("Ola", "I am the project manager here.")]).contains("SEC-RBAC"))
        #expect(try Self.fired([("Ola", "Teachers and pupils have different rights.")]).contains("SEC-RBAC"))
    }
}

extension InferenceInContextTests {
    @Test func aContrastIsNoRulingOut() throws {
        let turns = [("Ola", "Staff log in by scanning their badge.")]
        let contrast = Self.stated("Logging back in shall be one badge scan, not typing a password.")
        #expect(try Self.fired(turns, stated: [contrast]).contains("SEC-AUTH"))
    }
}

extension InferenceInContextTests {
    @Test func aConditionalProhibitionRulesNothingOut() throws {
        let turns = [("Ola", "We go live in spring with the new version.")]
        let conditional = Self.stated("The app shall not go live without a privacy review.")
        #expect(try Self.fired(turns, stated: [conditional]).contains("OPS-DEPLOY"))
        let ruledOut = Self.stated("The app shall not go live this year.")
        #expect(try !Self.fired(turns, stated: [ruledOut]).contains("OPS-DEPLOY"))
    }
}

extension InferenceInContextTests {
    @Test func rightsSaidAsVisibilityBringARoleModel() throws {
        let turns = [("Ola", "The marks should only be visible to teachers, not to other pupils.")]
        #expect(try Self.fired(turns).contains("SEC-RBAC"))
    }
}

extension InferenceInContextTests {
    @Test func aPassiveProhibitionSaysHowNotWhether() throws {
        let turns = [("Ola", "Pupils book their lessons online.")]
        let passive = Self.stated("Double lessons shall not be booked online.")
        #expect(try Self.fired(turns, stated: [passive]).contains("SEC-TLS"))
    }

    @Test func whatAStakeholderSaysNoToIsNotInferred() throws {
        let turns = [("Ola", "Staff sign in with the national login. We're not going to have our own passwords.")]
        #expect(try !Self.fired(turns).contains("SEC-PASSWORD"))
        let answer = [("Ola", "No, staff sign in with a password of their own.")]
        #expect(try Self.fired(answer).contains("SEC-PASSWORD"))
    }

    @Test func anInterviewersWordsAreNoEvidence() throws {
        let interview = Transcript(
            id: "s1", sourcePath: "s1.md", format: .markdown,
            participants: [
                Participant(name: "Kim", role: "Business analyst"), Participant(name: "Ola", role: "Owner"),
            ],
            turns: [
                Turn(number: 1, speaker: "Kim", text: "Do you want pupils to upload a photo?"),
                Turn(number: 2, speaker: "Ola", text: "Hmm, we will see."),
            ])
        let outcome = try InferenceAgent(softwareShareThreshold: 0).infer(transcripts: [interview], requirements: [])
        #expect(!outcome.ruleIDs.values.contains("FILE-LIMITS"))
    }
}

extension InferenceInContextTests {
    @Test func aQualifiedNoRulesOutTheQualifierNotTheThing() throws {
        let turns = [
            ("Ola", "Every teacher has an account with a password. No shared logins, no passwords on sticky notes.")
        ]
        #expect(try Self.fired(turns).contains("SEC-LOCKOUT"))
    }
}

extension InferenceInContextTests {
    @Test func pushingAnIdeaIsNoPushNotification() throws {
        #expect(
            try !Self.fired([("Ola", "We should push new technologies for young people.")]).contains("MOB-PUSH-CONSENT")
        )
        #expect(
            try Self.fired([("Ola", "The app sends a push notification when a lesson moves.")]).contains(
                "MOB-PUSH-CONSENT"))
    }

    @Test func phonesAsAnAnalogyAreNoMobileApp() throws {
        #expect(
            try !Self.fired([("Ola", "It is like in mobile phones, you never remember a number.")]).contains(
                "MOB-OFFLINE"))
        #expect(try Self.fired([("Ola", "Instructors use the mobile app in the car.")]).contains("MOB-OFFLINE"))
    }
}

extension InferenceInContextTests {
    @Test func aMarketingRoleIsNoMarketingConsent() throws {
        #expect(
            try !Self.fired([("Ola", "In Europe our marketing expert should deliver the specs.")]).contains(
                "PRIV-GDPR-CONSENT"))
        #expect(
            try Self.fired([("Ola", "In Europe we send marketing emails to former pupils.")]).contains(
                "PRIV-GDPR-CONSENT"))
    }
}

extension InferenceInContextTests {
    @Test func aNewOrSeparateLoginRuledOutIsALoginRuledOut() throws {
        let turns = [("Ola", "Staff log in to the back office.")]
        #expect(
            try !Self.fired(turns, stated: [Self.stated("Members shall not need a separate login.")]).contains(
                "SEC-AUTH"))
        #expect(try !Self.fired(turns + [("Ola", "No. No new login, no new app.")]).contains("SEC-AUTH"))
        #expect(try Self.fired(turns + [("Ola", "No shared logins at the desk.")]).contains("SEC-AUTH"))
    }

    @Test func whatExistsAlreadyIsNoEvidence() throws {
        #expect(
            try !Self.fired([("Ola", "The city portal sends a reminder by email already.")]).contains("NOTIF-OPT-OUT"))
        #expect(try !Self.fired([("Ola", "Right now we send a reminder by SMS.")]).contains("NOTIF-OPT-OUT"))
        #expect(try Self.fired([("Ola", "The app sends a reminder by SMS the day before.")]).contains("NOTIF-OPT-OUT"))
    }

    @Test func editingPagesIsNoRecordToAudit() throws {
        #expect(try !Self.fired([("Ola", "Branches pay to be able to edit their page.")]).contains("AUDIT-TRAIL"))
        #expect(try !Self.fired([("Ola", "The opening hours should be easy to edit.")]).contains("AUDIT-TRAIL"))
        #expect(try Self.fired([("Ola", "Staff can edit a loan until the book is returned.")]).contains("AUDIT-TRAIL"))
    }

    @Test func aPassportAsAServiceIsNoPersonalData() throws {
        #expect(
            try !Self.fired([("Ola", "Residents book appointments for passports online.")]).contains("SEC-ENCRYPT-REST")
        )
        #expect(try Self.fired([("Ola", "We store the passport numbers of members.")]).contains("SEC-ENCRYPT-REST"))
    }

    @Test func theRuleBehindAnInferredRequirementReadsBackFromItsRationale() throws {
        let outcome = try InferenceAgent(softwareShareThreshold: 0).infer(
            transcripts: [F.transcript("s1", turns: [("Ola", "Pupils pay by credit card on the site.")])],
            requirements: [])
        #expect(!outcome.requirements.isEmpty)
        for requirement in outcome.requirements {
            #expect(InferenceAgent.ruleID(of: requirement) == outcome.ruleIDs[requirement.id])
        }
        #expect(InferenceAgent.ruleID(of: F.requirement("REQ-001", "The system shall print.")) == nil)
    }
}

/// Words that name a thing without speaking of it, and refusals said in other words.
extension InferenceInContextTests {
    @Test func aThingNamedInAComparisonIsNoEvidence() throws {
        #expect(
            try !Self.fired([("Ola", "Our head librarian writes like a doctor, nobody reads the slips.")]).contains(
                "PRIV-HEALTH-SAFEGUARDS"))
        #expect(
            try Self.fired([("Ola", "The doctor sees the booking on the kiosk.")]).contains("PRIV-HEALTH-SAFEGUARDS"))
        // A machine's diagnostics are no medical diagnosis.
        #expect(
            try !Self.fired([("Ola", "The kiosk runs its diagnostics every night.")]).contains(
                "PRIV-HEALTH-SAFEGUARDS"))
    }

    @Test func nobodyWantingAThingRulesItOut() throws {
        let turns = [("Ola", "Members sign in at the kiosk with their card. Nobody wants another password.")]
        #expect(try !Self.fired(turns).contains("SEC-PASSWORD"))
    }

    @Test func noAppRulesOutTheAppsOfflineMode() throws {
        #expect(
            try Self.fired([("Ola", "Staff check loans in an app on a tablet at the desk.")]).contains("MOB-OFFLINE"))
        // A tablet or a phone alone may as well open a web page.
        #expect(try !Self.fired([("Ola", "Staff check loans on a tablet at the desk.")]).contains("MOB-OFFLINE"))
        let refused = [("Ola", "Staff check loans on a tablet at the desk. But no app, please, a web page.")]
        #expect(try !Self.fired(refused).contains("MOB-OFFLINE"))
    }

    @Test func noAppRulesOutItsPushNotifications() throws {
        let asked = [("Ola", "Should we build an app for the coaches? Push notifications and so on?")]
        #expect(try Self.fired(asked).contains("MOB-PUSH-CONSENT"))
        let refused = asked + [("Ben", "Honestly, we don't need one. No app, it's web only.")]
        #expect(try !Self.fired(refused).contains("MOB-PUSH-CONSENT"))
    }
}

extension InferenceInContextTests {
    @Test func aMobileNumberIsNoMobileApp() throws {
        #expect(
            try !Self.fired([("Ola", "Members give their name and mobile number at the desk.")]).contains("MOB-OFFLINE")
        )
    }
}

/// A keyword's sense, judged by its neighbours and by what else the conversation says.
extension InferenceInContextTests {
    @Test func aCardNumberWithoutAnyPaymentIsNoCardData() throws {
        let pantry = [
            ("Ola", "At the table they see the card number only, and what size of parcel."),
            ("Ben", "The treasurer does the money. No money in this system."),
        ]
        let fired = try Self.fired(pantry)
        #expect(!fired.contains("PAY-PCI-DSS") && !fired.contains("PAY-NO-CARD-DATA"), "\(fired)")
        let shop = [("Ola", "Members pay their fines at the kiosk and type the card number on the pad.")]
        #expect(try Self.fired(shop).contains("PAY-PCI-DSS"))
    }

    @Test func aBankAccountIsNoUserAccount() throws {
        let fired = try Self.fired([("Ola", "The treasurer keeps the bank account, I want nothing to do with it.")])
        #expect(!fired.contains("SEC-AUTH") && !fired.contains("SEC-SESSION"), "\(fired)")
        #expect(try Self.fired([("Ola", "Volunteers get an account to sign up for shifts.")]).contains("SEC-AUTH"))
    }

    @Test func aHospitalInSomeonesStoryIsNoHealthData() throws {
        let story = [("Ola", "A lad from the hospital kitchen came by last month, still in his whites.")]
        #expect(try !Self.fired(story).contains("PRIV-HEALTH-SAFEGUARDS"))
        let form = [("Ola", "Parents fill in the medical details online: allergies, medication, dietary needs.")]
        #expect(try Self.fired(form).contains("PRIV-HEALTH-SPECIAL"))
    }

    @Test func healthDetailsOutsideCareAreSpecialCategoryDataNotPatientRecords() throws {
        // A school trip's consent form: no patient, no HIPAA.
        let trip = [("Ola", "Parents fill in the medical details online: allergies, medication, dietary needs.")]
        let fired = try Self.fired(trip)
        #expect(fired.contains("PRIV-HEALTH-SPECIAL") && !fired.contains("PRIV-HEALTH-SAFEGUARDS"), "\(fired)")
        // A clinic's patients' allergies: the care rule says it, once.
        let clinic = [("Ola", "The nurse notes each patient's allergies before the appointment.")]
        let care = try Self.fired(clinic)
        #expect(care.contains("PRIV-HEALTH-SAFEGUARDS") && !care.contains("PRIV-HEALTH-SPECIAL"), "\(care)")
        // Who may see them, said by the stakeholder, covers the rule.
        let said = Self.stated("Only the group leader shall see the medical details.")
        #expect(try !Self.fired(trip, stated: [said]).contains("PRIV-HEALTH-SPECIAL"))
    }

    @Test func whatTheSpeakerPutsOutsideTheProductIsNoEvidence() throws {
        let treasurer = [("Ola", "The treasurer keeps the bank account, and I want nothing to do with it.")]
        #expect(try !Self.fired(treasurer).contains("SEC-ENCRYPT-REST"))
        let payroll = [("Ola", "We keep the bank account of every volunteer for the expenses.")]
        #expect(try Self.fired(payroll).contains("SEC-ENCRYPT-REST"))
    }

    @Test func whatIsDeniedIsNoEvidenceOfIt() throws {
        let denied = [("Ola", "Nobody here takes photos with greasy hands.")]
        #expect(try !Self.fired(denied).contains("FILE-MALWARE"))
        let local = [("Ola", "Like, no cloud account needed, everything runs locally in the house.")]
        #expect(try !Self.fired(local).contains("SEC-TLS"))
        // Another clause is out of the negation's reach.
        let taken = [("Ola", "We don't print anything, but members upload photos of their receipts.")]
        #expect(try Self.fired(taken).contains("FILE-MALWARE"))
        // What may not be done online, and what may not go live without a check, are still online
        // and still go live.
        #expect(try Self.fired([("Ola", "Patients must not be able to cancel online.")]).contains("SEC-TLS"))
        let gate = [("Ola", "We can't go live without a privacy impact assessment.")]
        #expect(try Self.fired(gate).contains("OPS-DEPLOY"))
        // Nor is a stated requirement that denies it.
        let stated = Self.stated("Users shall not need a cloud account.")
        #expect(try !Self.fired([("Ola", "Hello.")], stated: [stated]).contains("SEC-TLS"))
    }

    @Test func wordsOfAnotherSenseAreNoEvidence() throws {
        #expect(try !Self.fired([("Ola", "We did an online survey of four hundred owners.")]).contains("SEC-TLS"))
        #expect(try Self.fired([("Ola", "Owners register the switch online.")]).contains("SEC-TLS"))
        let seat = [("Ola", "Subscribers are really attached to their seat.")]
        #expect(try !Self.fired(seat).contains("FILE-LIMITS"))
        let sent = [("Ola", "I'll send you a photo of the label after the call.")]
        #expect(try !Self.fired(sent).contains("FILE-LIMITS"))
        // A fragment keeps the sense of the sentence before it.
        let joke = [("Ola", "Trial and error. Mostly error.")]
        #expect(try !Self.fired(joke).contains("OPS-LOGGING"))
        #expect(try Self.fired([("Ola", "It shows an error. Mostly errors.")]).contains("OPS-LOGGING"))
    }

    @Test func aDeletionDeadlineSaidCoversRetention() throws {
        let turns = [("Ola", "We keep the personal data of the pupils for the trip.")]
        #expect(try Self.fired(turns).contains("DATA-RETENTION"))
        let deadline = Self.stated("The system should delete the pupils' personal data three months after the trip.")
        #expect(try !Self.fired(turns, stated: [deadline]).contains("DATA-RETENTION"))
    }

    @Test func seatsReleasedAreNoSoftwareRelease() throws {
        let seats = [("Ola", "Eight seats per show, released automatically two days before.")]
        #expect(try !Self.fired(seats).contains("OPS-DEPLOY"))
        let software = [("Ola", "Every release of the app should go out on a Tuesday.")]
        #expect(try Self.fired(software).contains("OPS-DEPLOY"))
    }
}

extension InferenceInContextTests {
    @Test func aSignInWithoutAPasswordAsksForNoPasswordStorage() throws {
        let linked = try Self.fired([
            ("Ola", "Members log in with a login link by email, instead of a password, and see their rentals.")
        ])
        #expect(!linked.contains("SEC-PASSWORD"))
        #expect(!linked.contains("SEC-LOCKOUT"))
        // A password named as the way in still asks for both.
        let password = try Self.fired([("Ola", "Members log in with their email and a password and see their rentals.")]
        )
        #expect(password.contains("SEC-PASSWORD"))
    }
}
