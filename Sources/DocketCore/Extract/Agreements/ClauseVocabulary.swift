import Foundation

/// The detection vocabulary for 22 CFR Part 124 clauses and transmittal statements: all synonyms live here.
///
/// Term syntax (matched against `AgreementText.keyWords`, so case, quotes, periods and hyphens do not matter):
/// words separated by spaces; a trailing `*` matches any word starting with the stem; `~` skips up to three
/// words ("not ~ affect" matches "shall not in any way affect"), `~~` up to eight.
///
/// A rule is present when one sentence holds every `core` concept and none of the `forbidden` ones, and every
/// `support` concept occurs within `window` sentences of it. Put what makes the clause this clause (the
/// negation and who it binds) in `core`, so two unrelated sentences cannot add up to a clause.
enum ClauseVocabulary {
    // MARK: Shared concepts

    static let usGovernment = Concept("U.S. Government or State", [
        "us government", "united states government", "usg", "u s government", "government of the united states",
        "us govt", "department of state", "us department of state", "state department", "dos", "ddtc",
        "directorate of defense trade controls", "united states department of state",
    ])
    static let stateApproval = Concept("State Department or DDTC", [
        "department of state", "state department", "dos", "ddtc", "directorate of defense trade controls",
        "us government", "united states government", "usg", "the department",
    ])
    static let approval = Concept("approval", ["approv*", "authoriz*", "authoris*", "consent*", "permission"])
    static let modal = Concept("a statement", [
        "shall", "will", "may", "must", "is", "are", "be", "agree", "agrees", "agreed", "cannot", "can", "does", "do",
    ])
    static let territory = Concept("territory", ["territor*", "country or countries", "countries"])
    static let transferVerb = Concept("transfer", [
        "export*", "reexport*", "re export*", "sale*", "sell*", "sold", "resale*", "resell*", "transfer*",
        "retransfer*", "re transfer*", "disposition*", "dispos*",
    ])

    // MARK: 124.8 (TAA, MLA) and its 124.14(c) counterparts (WDA)

    static let entryIntoForce = ClauseRule(
        core: [
            Concept("entry into force", [
                "enter into force", "entry into force", "enters into force", "come into force", "become effective",
                "becomes effective", "be effective", "is effective", "take effect", "takes effect",
                "effectiveness of",
            ]),
            // The condition must be the approval itself ("until approved", "without … approval"), not any "prior to".
            Concept("condition", [
                "not", "no", "neither", "nor", "without", "until", "unless", "subject to ~ approv*",
                "subject to ~ authoriz*", "subject to ~ consent", "conditioned ~ approv*", "conditional ~ approv*",
                "contingent ~ approv*", "prior ~ approv*", "prior ~ authoriz*", "prior ~ consent", "only upon",
                "only after", "only with", "before ~ approv*",
            ]),
            approval, stateApproval,
        ],
        support: [Concept("amendment", ["amend*", "modif*", "extend*", "extension*"])])

    static let subjectToLaw = ClauseRule(
        core: [
            Concept("subject to", [
                "subject to", "governed by", "govern", "governs", "subordinate to", "conditioned upon",
                "conditioned on", "comply with", "in accordance with", "bound by",
            ]),
            Concept("laws", ["law", "laws", "regulation*", "statute*"]),
            Concept("exports", ["export*"]),
        ],
        support: [
            Concept("administrative acts", [
                "administrative act*", "administrative action*", "administrative determination*",
                "administrative decision*", "administrative measure*", "acts of", "actions of", "actions taken",
                "acts taken", "act that", "acts that", "action that", "actions that",
            ]),
            usGovernment,
        ])

    static let priorContracts = ClauseRule(
        core: [
            Concept("prior contracts", [
                "prior ~ contract*", "prior ~ subcontract*", "previous ~ contract*", "existing ~ contract*",
                "earlier ~ contract*", "contract* ~ previously", "contract* ~ already", "preexisting ~ contract*",
                "pre existing ~ contract*",
            ]),
            Concept("unaffected", [
                "not ~ affect*", "not ~ impair*", "not ~ prejudice*", "without prejudice", "not ~ diminish*",
                "not ~ limit*", "not ~ alter*", "not ~ modify", "not ~ interfere*", "not ~ supersede*",
                "no effect", "not ~ relieve*", "not ~ release*", "not ~ derogate*", "nothing ~~ affect*",
                "nothing ~~ impair*", "nothing ~~ prejudice*", "nothing ~~ limit*", "nothing ~~ diminish*",
                "nothing ~~ alter*", "nothing ~~ relieve*", "nothing ~~ supersede*", "nothing ~~ derogate*",
            ]),
        ],
        support: [usGovernment, Concept("obligations", ["obligation*", "performance", "duty", "duties",
                                                        "commitment*", "undertaking*"])])

    static let patentLiability = ClauseRule(
        core: [
            Concept("no liability", [
                "no liability", "no ~ liability", "not ~ liable", "not ~ liability", "without liability",
                "neither ~ liable", "neither ~ liability", "nor ~ liable", "nor ~ liability", "not ~ responsible",
                "no ~ responsibility", "disclaim* ~ liability",
            ]),
            usGovernment,
        ],
        support: [
            Concept("patents", ["patent*", "proprietary right*", "intellectual property"]),
            Concept("infringement", ["infring*", "violat*", "misappropriat*"]),
        ],
        window: 1)

    static let retransfer = ClauseRule(
        core: [
            Concept("no transfer", [
                "not ~ transfer*", "not ~ retransfer*", "not ~ re transfer*", "no ~ transfer*", "no ~ retransfer*",
                "not ~ disclos*", "not ~ reexport*", "not ~ re export*", "prohibited", "not ~ provided to",
                "not ~ made available", "no further transfer*", "not ~ released", "not ~ passed", "not ~ given",
                "not ~ furnished", "not ~ sold", "not ~ conveyed", "not ~ shared", "not ~ communicated",
                "not ~ exported", "not ~ supplied", "not ~ handed", "not ~ divulged", "not ~ revealed",
            ]),
            Concept("foreign person", [
                "foreign person*", "foreign national*", "foreign entit*", "third part*", "any other person*",
                "any person*", "other foreign", "foreign parties", "foreign party", "non us person*",
                "foreign government*",
            ]),
        ],
        support: [
            Concept("technical data or services", [
                "technical data", "defense service*", "defence service*", "defense article*", "defence article*",
            ]),
            Concept("exception", [
                "126 7", "1267", "126 18", "12618", "12416", "124 16", "specifically authorized", "expressly authorized",
                "authorized herein", "authorized in this agreement", "department of state", "ddtc",
                "directorate of defense trade controls", "us government", "united states government",
            ]),
        ],
        notes: [
            ClauseNote(requires: Concept("126.18 or 124.16", ["12618", "126 18", "12416", "124 16"]),
                       lacks: Concept("126.7", ["1267", "126 7"]),
                       note: "cites only 126.18: pre-2024 wording"),
            ClauseNote(requires: nil,
                       lacks: Concept("126.7 or 126.18", ["1267", "126 7", "12618", "126 18", "12416", "124 16"]),
                       note: "cites neither 126.7 nor 126.18"),
        ])

    static let survival = ClauseRule(
        core: [
            // Outlasting the agreement, not "remain in effect until 2030".
            Concept("survival", [
                "remain binding", "remains binding", "survive*", "continue to bind", "continue to be binding",
                "remain* ~~ after ~ terminat*", "remain* ~~ after ~ expir*", "continu* ~~ after ~ terminat*",
                "continu* ~~ after ~ expir*", "notwithstanding ~ terminat*", "notwithstanding ~ expir*",
                "beyond ~ terminat*", "beyond ~ expir*", "post termination", "after ~ terminat* ~~ remain*",
                "after ~ terminat* ~~ continu*", "after ~ expir* ~~ remain*", "terminat* ~~ not ~ release*",
                "expir* ~~ not ~ release*", "terminat* ~~ not ~ reliev*", "expir* ~~ not ~ reliev*",
                "terminat* ~~ not ~ discharg*", "expir* ~~ not ~ discharg*",
            ]),
            usGovernment,
        ],
        support: [Concept("termination", ["terminat*", "expir*", "end of", "cessation"])])

    // MARK: 124.9 (MLA)

    static let outsideTerritoryExclusion = Concept("commitment", ["commitment*", "commit*", "entering into"])

    /// 124.9(a)(1) (MLA) carries the sales-to-governments sentence in the same clause, so a missing one is noted;
    /// a WDA has it as its own clause, 124.14(c)(9).
    static func outsideTerritory(_ label: String, governmentsSentenceInClause: Bool) -> ClauseRule {
        ClauseRule(
            core: [
                Concept("outside", ["outside", "beyond", "other than", "not within", "not included in", "exterior to"]),
                territory, transferVerb,
            ],
            support: [approval, usGovernment],
            forbidden: [outsideTerritoryExclusion],
            notes: governmentsSentenceInClause
                ? [ClauseNote(requires: nil, lacks: governmentsOnly,
                              note: "no sentence limiting sales in the \(label) to its governments found nearby")]
                : [])
    }

    static let governmentsOnly = Concept("governments only", [
        "limited to governments", "limited to the government*", "restricted to ~ government*", "only to ~ government*",
        "solely to ~ government*", "exclusively to ~ government*", "confined to ~ government*",
        "limited to ~ government*",
    ])

    static let salesToGovernments = ClauseRule(
        core: [
            Concept("limited to governments", [
                "limited to ~ government*", "restricted to ~ government*", "only to ~ government*",
                "solely to ~ government*", "exclusively to ~ government*", "confined to ~ government*",
                "only be made to ~ government*", "only ~ sell ~ government*", "only ~ governments",
            ]),
        ],
        support: [territory],
        forbidden: [Concept("not a buyer", ["government approved", "government owned", "government furnished"])])

    static let royaltyFree = ClauseRule(
        core: [
            Concept("royalty-free", ["royalty free", "royaltyfree", "free of royalt*", "without royalt*",
                                     "paid up", "right to use and disclose"]),
            Concept("charges", ["charg*", "fee*", "cost*", "payment*", "price*", "bill*", "invoice*"]),
        ],
        support: [usGovernment])

    static let royaltyCap = ClauseRule(
        core: [
            Concept("cap", [
                "not ~ exceed*", "no more than", "no greater than", "not greater than", "not ~ more than",
                "capped", "in excess of",
            ]),
            Concept("charges", ["royalt*", "fee*", "charge*"]),
            usGovernment,
        ],
        support: [
            Concept("paid directly", ["directly", "would have", "would otherwise", "obligated to pay", "otherwise pay*"]),
        ])

    static let contributionReduction = ClauseRule(
        core: [
            Concept("contribution", ["contribut*", "funded", "financed"]),
            Concept("reduced", ["reduc*", "proportionate*", "pro rata", "prorated", "offset"]),
        ],
        support: [usGovernment, Concept("design or development", ["design*", "develop*"])],
        window: 1)

    static let annualReport = ClauseRule(
        core: [
            Concept("annual", ["annual*", "each year", "every year", "yearly", "each calendar year", "each fiscal year",
                               "per year", "once a year", "twelve month*", "12 month*"]),
            Concept("report", ["report*", "statement of sales", "accounting"]),
            Concept("to the Department of State", [
                "department of state", "state department", "dos", "ddtc", "directorate of defense trade controls",
                "the department",
            ]),
        ],
        support: [Concept("sales", ["sale*", "sold", "transfer*"])],
        notes: [ClauseNote(requires: nil, lacks: Concept("reporting party", [
            "licensee", "licensor", "applicant", "us party", "distributor", "foreign party", "us company",
            "the company", "contractor", "exporter", "seller",
        ]), note: "does not name the party that files the report")])

    static let destinationControl = ClauseRule(
        core: [
            Concept("ultimate destination", [
                "country of ultimate destination", "ultimate destination", "only to the country", "authorized destination",
            ]),
        ],
        support: [
            Concept("controlled by the USG", [
                "controlled by the us", "controlled by the united states", "controlled by the usg",
                "controlled by the u s", "subject to us export", "us export control*", "united states export control*",
            ]),
            Concept("no resale", [
                "not ~ resold", "not ~ resell", "not ~ transferred", "not ~ disposed", "not ~ reexported",
                "not ~ re exported",
            ]),
        ],
        window: 3)

    static let smeNontransferCertificate = ClauseRule(
        core: [
            Concept("DSP-83", ["dsp 83", "dsp83", "nontransfer and use", "non transfer and use", "nontransfer and end use",
                               "end use certificate", "end user certificate"]),
        ],
        support: [
            Concept("end user", ["end user*", "enduser*", "end use*", "ultimate consignee*"]),
            Concept("before transfer", ["before", "prior to", "in advance", "precondition", "until"]),
        ])

    static let smeOutsideTerritoryCommitment = ClauseRule(
        core: [
            outsideTerritoryExclusion,
            Concept("outside", ["outside", "beyond", "other than", "not within"]),
        ],
        support: [territory, approval])

    // MARK: 126.18

    static let dualNationals = ClauseRule(
        core: [
            Concept("dual or third-country nationals", [
                "dual national*", "third country national*", "thirdcountry national*", "dual and third country",
                "dual or third country", "dn tcn*", "dntcn*", "dns and tcns", "tcn", "tcns",
                "dual citizen*",
            ]),
        ],
        support: [
            Concept("transfer or access", ["transfer*", "retransfer*", "access", "employ*", "disclos*", "release*",
                                           "126 18", "12618", "126 7", "1267"]),
        ])

    // MARK: 124.12 transmittal letter

    static let registration = ClauseRule(
        core: [Concept("registration", ["registration*", "registrant", "registered"])],
        support: [Concept("code", ["/^[mk][0-9]{4,5}$/", "m ~ /^[0-9]{4,5}$/", "k ~ /^[0-9]{4,5}$/", "code", "number"])],
        window: 1)
    static let licenseeAndScope = ClauseRule(
        core: [
            Concept("licensee", ["licensee*", "foreign party", "foreign parties", "distributor*", "foreign signator*",
                                 "foreign company", "foreign companies"]),
        ],
        support: [Concept("scope", ["scope", "purpose", "provides for", "covers", "technical data", "defense service*",
                                    "defence service*", "technical assistance", "manufactur*"])],
        window: 1)
    static let governmentContract = ClauseRule(
        core: [Concept("contract", ["contract*", "bid*", "proposal*", "solicitation*"])],
        support: [usGovernment],
        window: 1)
    static let securityClassification = ClauseRule(
        core: [Concept("classification", ["classification", "unclassified", "classified as", "classified at",
                                          "classified confidential", "classified secret", "confidential level",
                                          "secret level"])],
        support: [Concept("subject", ["technical data", "hardware", "equipment", "article*", "defense service*",
                                      "defence service*", "agreement", "data"])],
        // Those are the (a)(5) and (a)(9) statements, which also say "classified".
        forbidden: [Concept("other items", ["secrecy", "security office*", "clearance*", "dcsa", "dss"])],
        window: 0)
    static let secrecyOrder = ClauseRule(
        core: [Concept("secrecy order", ["secrecy order*", "invention secrecy", "secrecy"])],
        support: [Concept("patent", ["patent*", "invention*"])],
        window: 1)
    static let agreementValue = ClauseRule(
        core: [
            Concept("value", ["value*", "valued", "worth", "amount", "total price", "contract price"]),
            Concept("money", ["/^[0-9][0-9,]*$/", "usd", "us dollar*", "dollar*", "million*"]),
        ],
        notes: [ClauseNote(requires: nil, lacks: Concept("Part 130", part130Terms + ["commission*"]),
                           note: "no Part 130 fees and commissions statement found nearby")],
        window: 2)
    static let militarySalesCredits = ClauseRule(
        core: [Concept("FMS credits", ["foreign military sales", "fms", "loan guarantee*", "military financing",
                                       "fmf"])],
        support: [Concept("financing", ["credit*", "loan*", "guarantee*", "financ*", "fund*"])],
        window: 1)
    static let classifiedInformation = ClauseRule(
        core: [Concept("classified information", [
            "classified information", "classified technical data", "classified data", "classified material*",
            "classified articles", "classified defense article*", "dd 254", "dd254", "dd form 254",
            "classified hardware",
        ])],
        window: 0)
    static let securityOffices = ClauseRule(
        core: [Concept("security office", [
            "cognizant security office*", "cognizant security agenc*", "defense security service", "dss", "dcsa",
            "defense counterintelligence and security agency", "facility security clearance*", "facility clearance*",
            "fcl", "cso",
        ])],
        window: 0)
    static let antitrust = ClauseRule(
        core: [Concept("antitrust", ["antitrust", "anti trust", "competition law*"])],
        support: [approval, Concept("not construed", ["constru*", "interpret*", "deem*", "consider*", "regard*",
                                                      "passing on", "pass on"])],
        window: 1)
    static let noEntryBeforeApproval = ClauseRule(
        core: [
            Concept("entry into force", ["enter into force", "entry into force", "become effective", "take effect",
                                         "effective", "come into force", "concluded", "executed", "signed"]),
            Concept("until", ["until", "prior to", "before", "not", "unless", "pending"]),
            approval,
        ],
        window: 1)
    static let signedCopy = ClauseRule(
        core: [
            Concept("copy", ["copy", "copies", "executed agreement", "signed agreement", "concluded agreement"]),
            Concept("30 days", ["30 days", "thirty days", "thirty 30 days", "30 calendar days", "thirty 30 calendar days"]),
        ],
        support: [Concept("signed", ["sign*", "execut*", "conclu*"])],
        notes: [
            ClauseNote(requires: nil, lacks: Concept("60 days", ["60 days", "sixty days", "sixty 60 days"]),
                       note: "no 60-day notice of a decision not to conclude found"),
            ClauseNote(requires: nil, lacks: Concept("termination notice", ["terminat*", "expir*"]),
                       note: "no notice of termination before expiration found"),
        ],
        window: 3)
    static let sublicenseAmendment = ClauseRule(
        core: [
            Concept("sublicense", ["sublicens*", "sub licens*", "sub-licens*"]),
        ],
        support: [
            Concept("incorporate provisions", ["incorporat*", "include", "contain*", "carry", "flow down", "flowed down"]),
            Concept("provisions", ["provision*", "clause*", "1248", "124 8", "requirements"]),
        ],
        window: 1)

    // MARK: Rule tables

    /// 124.8(1)-(6): every TAA and MLA.
    static let part124_8: [(String, ClauseRule)] = [
        ("124.8(1)", entryIntoForce), ("124.8(2)", subjectToLaw), ("124.8(3)", priorContracts),
        ("124.8(4)", patentLiability), ("124.8(5)", retransfer), ("124.8(6)", survival),
    ]

    /// 124.9(a)(1)-(6): MLAs only.
    static let part124_9a: [(String, ClauseRule)] = [
        ("124.9(a)(1)", outsideTerritory("sales territory", governmentsSentenceInClause: true)),
        ("124.9(a)(2)", royaltyFree),
        ("124.9(a)(3)", royaltyCap), ("124.9(a)(4)", contributionReduction), ("124.9(a)(5)", annualReport),
        ("124.9(a)(6)", destinationControl),
    ]

    /// 124.9(b)(1)-(2): MLAs that cover production of significant military equipment.
    static let part124_9b: [(String, ClauseRule)] = [
        ("124.9(b)(1)", smeNontransferCertificate), ("124.9(b)(2)", smeOutsideTerritoryCommitment),
    ]

    /// 124.14(c)(1)-(9): WDAs.
    static let part124_14c: [(String, ClauseRule)] = [
        ("124.14(c)(1)", entryIntoForce), ("124.14(c)(2)", subjectToLaw), ("124.14(c)(3)", priorContracts),
        ("124.14(c)(4)", patentLiability),
        ("124.14(c)(5)", outsideTerritory("distribution territory", governmentsSentenceInClause: false)),
        ("124.14(c)(6)", annualReport), ("124.14(c)(7)", destinationControl), ("124.14(c)(8)", survival),
        ("124.14(c)(9)", salesToGovernments),
    ]

    static let dnTcn: (String, ClauseRule) = ("126.18", dualNationals)

    /// 124.12(a)(1)-(9) and (b)(1)-(4): the transmittal letter.
    static let transmittal: [(String, ClauseRule)] = [
        ("124.12(a)(1)", registration), ("124.12(a)(2)", licenseeAndScope), ("124.12(a)(3)", governmentContract),
        ("124.12(a)(4)", securityClassification), ("124.12(a)(5)", secrecyOrder), ("124.12(a)(6)", agreementValue),
        ("124.12(a)(7)", militarySalesCredits), ("124.12(a)(8)", classifiedInformation),
        ("124.12(a)(9)", securityOffices), ("124.12(b)(1)", antitrust), ("124.12(b)(2)", noEntryBeforeApproval),
        ("124.12(b)(3)", signedCopy), ("124.12(b)(4)", sublicenseAmendment),
    ]

    /// 124.14(e)(1)-(6) and (f)(1)-(3): the WDA transmittal letter.
    static let wdaTransmittal: [(String, ClauseRule)] = [
        ("124.14(e)(1)", registration), ("124.14(e)(2)", foreignParty), ("124.14(e)(3)", distributedArticles),
        ("124.14(e)(4)", governmentContract), ("124.14(e)(5)", classifiedInformation), ("124.14(e)(6)", secrecyOrder),
        ("124.14(f)(1)", antitrust), ("124.14(f)(2)", noEntryBeforeApproval), ("124.14(f)(3)", signedCopy),
    ]

    static let foreignParty = ClauseRule(
        core: [Concept("foreign party", ["foreign party", "foreign parties", "distributor*", "licensee*",
                                         "foreign consignee*", "foreign company", "foreign companies"])],
        window: 0)
    static let distributedArticles = ClauseRule(
        core: [Concept("articles", ["defense article*", "defence article*", "articles", "equipment", "hardware",
                                    "products"])],
        support: [Concept("distribution", ["distribut*", "warehous*", "cover*", "resale", "resell*", "stock*"])],
        window: 0)

    /// The transmittal letter's items and statements for an agreement of `type`.
    static func transmittal(for type: DocumentType) -> [(String, ClauseRule)] {
        type == .wda ? wdaTransmittal : transmittal
    }

    /// The clauses an agreement of `type` must contain (124.9(b) only when it covers SME production).
    static func required(for type: DocumentType, coversSME: Bool) -> [(String, ClauseRule)] {
        switch type {
        case .taa: part124_8
        case .mla: part124_8 + part124_9a + (coversSME ? part124_9b : [])
        case .wda: part124_14c
        default: []
        }
    }

    // MARK: 22 CFR 126.13(a) certification and the Part 130 statement (every DDTC submission)

    /// What a Part 130 statement is about (22 CFR 130.9): named by its part or by its subject.
    static let part130Terms = [
        "part 130", "1309", "130 9", "political contribution*", "fees or commissions", "fees and commissions",
    ]
    static let part130 = Concept("Part 130", part130Terms)
    /// The filer says no statement is owed ("A Part 130 statement is not required: the value is below $500,000").
    static let part130NotRequired = ClauseRule(
        core: [part130, Concept("not owed", [
            "not required", "not applicable", "does not apply", "do not apply", "inapplicable", "not needed",
            "no ~ statement ~ required", "not ~ subject to", "below the ~ threshold", "under the ~ threshold",
        ])],
        window: 0)
    /// The statement itself ("neither the applicant nor its vendors have paid…") or a note that it is enclosed.
    static let part130Provided = ClauseRule(
        core: [part130, Concept("statement", [
            "paid", "pay", "offered", "agreed", "enclos*", "attach*", "included", "provided",
            "furnish*", "submitted", "report*", "disclos*",
        ])],
        window: 0)

    /// "any party to the export" marks 126.13(a)(3); the applicant's own statements (a)(1)-(2) lack it.
    static let partyToExport = Concept("party to the export", [
        "party to the export", "parties to the export", "party to the transaction", "parties to the transaction",
        "party to this export", "parties to this export", "party to the proposed export",
    ])
    static let charged = Concept("indictment or conviction", [
        "indict*", "convicted", "conviction*", "charged", "criminal information",
    ])
    static let statutes = Concept("the 120.27 statutes", [
        "1206", "12027", "criminal statute*", "statutes enumerated", "arms export control act", "aeca",
    ])
    static let ineligible = Concept("ineligibility", ["ineligib*", "debarred", "debarment", "suspended from"])

    /// 126.13(a)(1)-(4). Older letters cite 120.6 for the statutes, current ones 120.27; both are accepted.
    static let certification: [(String, ClauseRule)] = [
        ("126.13(a)(1)", ClauseRule(core: [charged, statutes], forbidden: [partyToExport], window: 0)),
        ("126.13(a)(2)", ClauseRule(core: [ineligible], forbidden: [partyToExport], window: 0)),
        ("126.13(a)(3)", ClauseRule(core: [partyToExport, Concept("conviction or ineligibility", [
            "convict*", "ineligib*", "indict*", "debarred",
        ])], window: 0)),
        ("126.13(a)(4)", ClauseRule(
            core: [Concept("the signer", ["undersigned", "signing", "signer", "signatory", "natural person", "i am"]),
                   Concept("status", ["citizen*", "national of the united states", "us national", "permanent resid*",
                                      "lawfully admitted", "foreign government", "us person"])],
            window: 0)),
    ]

    // MARK: Document vocabulary

    /// Title phrases that name the agreement type, with how they are written.
    static let typeTitles: [(DocumentType, [String])] = [
        (.taa, ["technical assistance agreement"]),
        (.mla, ["manufacturing license agreement", "manufacturing licence agreement", "manufacturing license and",
                "technical assistance and manufacturing license agreement"]),
        (.wda, ["warehouse and distribution agreement", "warehousing and distribution agreement",
                "distribution agreement"]),
    ]
    /// Words that make a letter a transmittal (explanatory) letter.
    static let transmittalMarkers = Concept("transmittal letter", [
        "transmittal", "explanatory letter", "124 12", "12412", "request* ~ approval", "submit* ~ approval",
        "respectfully request*", "hereby submit*", "requests approval", "requesting approval",
    ])
    static let letterMarkers = Concept("letter form", [
        "dear", "sincerely", "respectfully", "very truly yours", "attention", "re", "subject",
    ])
    static let transmittalAddressee = Concept("DDTC", [
        "directorate of defense trade controls", "ddtc", "office of defense trade controls licensing",
        "department of state",
    ])
}

/// A named set of interchangeable terms; one occurring is enough.
struct Concept: Sendable {
    var name: String
    var terms: [TermPattern]

    init(_ name: String, _ terms: [String]) {
        self.name = name
        self.terms = terms.map(TermPattern.init)
    }

    /// The first word index in `words` where a term starts, or nil.
    func firstMatch(in words: [String]) -> Int? {
        var first: Int?
        for term in terms {
            if let start = term.firstMatch(in: words), start < first ?? .max { first = start }
        }
        return first
    }

    func occurs(in words: [String]) -> Bool { firstMatch(in: words) != nil }

    /// `occurs(in: sentence.words)`, skipping the terms whose words the sentence's signature rules out: every
    /// clause rule asks about every sentence, and most terms share no word with most sentences.
    func occurs(in sentence: AgreementSentence) -> Bool {
        terms.contains { $0.required.isSubset(of: sentence.signature) && $0.firstMatch(in: sentence.words) != nil }
    }
}

/// 128 bits, one set per word hash: a sentence's signature holds every bit its words set, so a term whose
/// words' bits are not all there cannot occur in it. It can only rule out; a possible match is still matched.
struct WordSignature: Sendable, Equatable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    init() {}

    init(_ words: some Sequence<String>) {
        for word in words { insert(word) }
    }

    mutating func insert(_ word: String) {
        // FNV-1a over the bytes: stable, and cheaper than Hasher for short words.
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in word.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        let bit = hash % 128
        if bit < 64 { low |= 1 << bit } else { high |= 1 << (bit - 64) }
    }

    func isSubset(of other: WordSignature) -> Bool {
        low & other.low == low && high & other.high == high
    }
}

/// A finding a validator should see even though the clause counts as present.
struct ClauseNote: Sendable {
    /// The note applies only when this concept occurs (nil: always).
    var requires: Concept?
    var lacks: Concept
    var note: String
}

struct ClauseRule: Sendable {
    var core: [Concept]
    var support: [Concept]
    var forbidden: [Concept]
    var notes: [ClauseNote]
    /// How many sentences before and after the core sentence the support concepts may come from.
    var window: Int

    init(core: [Concept], support: [Concept] = [], forbidden: [Concept] = [], notes: [ClauseNote] = [],
         window: Int = 2) {
        self.core = core
        self.support = support
        self.forbidden = forbidden
        self.notes = notes
        self.window = window
    }
}

/// One vocabulary term compiled into word tokens.
struct TermPattern: Sendable {
    enum Token: Sendable, Equatable {
        case word(String)
        case prefix(String)
        case gap(Int)
        case pattern(String)
    }

    var tokens: [Token]
    /// The whole words every match contains.
    let required: WordSignature

    init(_ source: String) {
        var tokens: [Token] = []
        for raw in source.split(separator: " ") {
            if raw == "~" {
                tokens.append(.gap(3))
            } else if raw == "~~" {
                tokens.append(.gap(8))
            } else if raw.count > 2, raw.hasPrefix("/"), raw.hasSuffix("/") {
                tokens.append(.pattern(String(raw.dropFirst().dropLast())))
            } else if raw.hasSuffix("*") {
                let keys = AgreementText.keyWords(String(raw.dropLast()))
                tokens += keys.dropLast().map(Token.word)
                if let last = keys.last { tokens.append(.prefix(last)) }
            } else {
                tokens += AgreementText.keyWords(String(raw)).map(Token.word)
            }
        }
        self.tokens = tokens
        required = WordSignature(tokens.compactMap { if case .word(let word) = $0 { word } else { nil } })
    }

    func firstMatch(in words: [String]) -> Int? {
        guard let head = tokens.first else { return nil }
        // Most terms start with a plain word: jump between its occurrences instead of trying every position.
        if case .word(let word) = head {
            var from = 0
            while from < words.count, let start = words[from...].firstIndex(of: word) {
                if matches(tokenIndex: 1, wordIndex: start + 1, words) { return start }
                from = start + 1
            }
            return nil
        }
        for start in words.indices where matches(tokenIndex: 0, wordIndex: start, words) {
            return start
        }
        return nil
    }

    func matches(at start: Int, in words: [String]) -> Bool {
        !tokens.isEmpty && matches(tokenIndex: 0, wordIndex: start, words)
    }

    private func matches(tokenIndex: Int, wordIndex: Int, _ words: [String]) -> Bool {
        if tokenIndex == tokens.count { return true }
        switch tokens[tokenIndex] {
        case .gap(let most):
            for skip in 0...most where wordIndex + skip <= words.count {
                if matches(tokenIndex: tokenIndex + 1, wordIndex: wordIndex + skip, words) { return true }
            }
            return false
        case .word(let word):
            guard wordIndex < words.count, words[wordIndex] == word else { return false }
        case .prefix(let stem):
            guard wordIndex < words.count, words[wordIndex].hasPrefix(stem) else { return false }
        case .pattern(let pattern):
            guard wordIndex < words.count,
                  words[wordIndex].rangeOfPattern(pattern) != nil else { return false }
        }
        return matches(tokenIndex: tokenIndex + 1, wordIndex: wordIndex + 1, words)
    }
}
