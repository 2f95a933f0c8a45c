"""License-form packages: DSP-5, DSP-73, DSP-61, DSP-85, DSP-83, BIS-748P, BIS-711."""
from decimal import Decimal
from .common import P, Item, finding, fmt_date, fmt_money, fmt_reg, country_name
from .cast import *
from .filing import Filing
from .render import render_text, render_acro
from .xmlfilings import render_xml
from .letters import cert_12613, cover_sheet
from .out import meta

NOISE_FOOTER = ["OMB APPROVAL NO. 1405-0003  |  EXPIRATION DATE: 06/30/2027",
                "EXPORT CONTROLLED - This document contains technical data subject to the ITAR, 22 CFR 120-130."]


def _emit_text(C, folder, fname, filing, st, exercises, m):
    n = render_text(filing, C.path(folder, fname), st, m)
    C.add(folder, fname, "text-pdf", filing.truth("pdf", n), exercises)
    return n


def _emit_acro(C, folder, fname, filing, st, exercises, m):
    n = render_acro(filing, C.path(folder, fname), st, m)
    C.add(folder, fname, "acroform-pdf", filing.truth("pdf", n), exercises)
    return n


def _emit_xml(C, folder, fname, filing, dialect, st, exercises):
    C.write_xml(folder, fname, render_xml(filing, dialect, st))
    C.add(folder, fname, "xml", filing.truth("xml", dialect=dialect), exercises)


def _emit_embedded(C, folder, fname, filing, dialect, st, exercises, title, lines, m, att="filing.xml"):
    data = render_xml(filing, dialect, st)
    n = cover_sheet(C.path(folder, fname), title, lines, att, data, m, f"{filing.doc_type} submission data")
    C.add(folder, fname, "embedded-xml-pdf", filing.truth("pdf", n, dialect=dialect, embedded=att), exercises)


def build(C):
    # ------------------------------------------------------------------ 01 clean DSP-5, Germany
    f = "01-dsp5-clean-de"
    C.package(f, "Complete, clean DSP-5 (hardware and technical data to Germany) with its 126.13 letter.")
    dsp5 = Filing(
        "DSP-5", ids={"registrationCode": "M31742", "transactionNumber": "HAV-2026-0117"},
        dates={"submitted": "2026-03-03"},
        fields={"port": "Chicago, IL (O'Hare International Airport)",
                "txdesc": "New shipment; not the unshipped balance of a previous license. Sale under Nordwerk "
                          "Wehrtechnik GmbH Purchase Order NW-4500-2231 dated 12 January 2026 (copy uploaded as "
                          "purchase documentation). No related licenses or agreements.",
                "enduse": "Integration and qualification testing of the HFC-7 flight control computer on German "
                          "armed forces test aircraft at Wehrtechnische Dienststelle 91, Meppen. The articles remain "
                          "in Germany.",
                "cert": ["Dana R. Whitfield", "Director, Trade Compliance (Empowered Official)", "March 3, 2026"]},
        parties=[("applicant", "applicant", HALVORSEN), ("manufacturer", "manufacturer", HALVORSEN),
                 ("enduser", "foreignEndUser", BUNDESAMT), ("consignee", "foreignConsignee", NORDWERK),
                 ("intermediate", "foreignIntermediateConsignee", BAYERN_LOG), ("seller", "seller", HALVORSEN),
                 ("consignor", "freightForwarder", SILVERLINE)],
        items=[Item("Flight control computer assembly, Model HFC-7, dual-channel", 4, "EA", "86500.00", "VIII(h)(1)",
                    sme=False, part="HFC7-1000-03"),
               Item("Circuit card assembly, HFC-7 discrete I/O (spare)", 12, "EA", "4250.00", "VIII(h)(1)", sme=False,
                    part="HFC7-2210-01"),
               Item("Technical data: HFC-7 operation and intermediate-level maintenance manuals (Rev. C)", 1, "LOT",
                    "12500.00", "VIII(i)", sme=False, part="HAV-TM-HFC7-C")],
        destinations=["DE"])
    _emit_text(C, f, "DSP-5_HAV-2026-0117.pdf", dsp5,
               dict(labels="deccs", columns=1, placement="same", date="long", money="dollar", usml="category",
                    reg="dash", footer=NOISE_FOOTER, running_header="DSP-5 | Transaction Number HAV-2026-0117"),
               ["DSP-5 text PDF, one column, 'Block 14 - Foreign End User' style labels, values on the label line",
                "complete clean application: no findings", "freight forwarder as U.S. consignor",
                "USML 'Category VIII(h)(1)' style", "date 'March 3, 2026', money '$409,500.00'"],
               meta("DSP-5 HAV-2026-0117", "Halvorsen Avionics Corporation", "DSP-5 application"))
    cert_12613(C, f, "126.13-certification.pdf", HALVORSEN, "M31742", "dash", "HAV-2026-0117", "DSP-5", "2026-03-03",
               "long", "Dana R. Whitfield", "Director, Trade Compliance (Empowered Official)")

    # ------------------------------------------------------------------ 02 SME DSP-5 with DSP-83 (AcroForm), UK
    f = "02-dsp5-sme-with-dsp83-gb"
    C.package(f, "DSP-5 with SME items (fillable AcroForm, block14_name style field names) plus its DSP-83 and "
                 "126.13 letter: the SME/DSP-83 rule is satisfied.")
    items = [Item("Receiver/exciter unit for airborne fire-control radar, X-band", 2, "EA", "395000.00",
                  "XI(a)(3)(i)", sme=True, part="LMD-RX-9100"),
             Item("Traveling-wave tube, X-band, spare for LMD-RX-9100", 6, "EA", "18400.00", "XI(c)(1)", sme=False,
                  part="LMD-TWT-0442")]
    dsp5 = Filing(
        "DSP-5", ids={"registrationCode": "M20488", "transactionNumber": "LMD-EX-26-044"},
        dates={"submitted": "2026-02-17"},
        fields={"port": "Boston, MA (Logan International Airport)",
                "txdesc": "New shipment against Ashcombe Defence Systems Ltd contract ADS/2025/1187 dated 4 December "
                          "2025. Part 130 statement: the applicant has not paid, offered or agreed to pay political "
                          "contributions, fees or commissions reportable under 22 CFR 130.9 in connection with this sale.",
                "enduse": "Integration into the fire-control radar upgrade of Royal Air Force training aircraft by "
                          "Ashcombe Defence Systems Ltd at Farnborough.",
                "cert": ["Marcus O. Bellamy", "Vice President, Global Trade Compliance", "02/17/2026"]},
        parties=[("applicant", "applicant", LANARK), ("manufacturer", "manufacturer", LANARK),
                 ("enduser", "foreignEndUser", ASHCOMBE), ("consignee", "foreignConsignee", TAMAR),
                 ("intermediate", "foreignIntermediateConsignee", BAYERN_LOG), ("seller", "seller", LANARK),
                 ("consignor", "freightForwarder", SILVERLINE)],
        items=items, destinations=["GB"])
    _emit_acro(C, f, "DSP-5_LMD-EX-26-044.pdf", dsp5,
               dict(names="block", show_labels="full", usml="category", item_money="dollar", date="us",
                    money="dollar", reg="dash", footer_text="DS-4071 fillable version - values are entered in the form fields"),
               ["DSP-5 fillable AcroForm; values only in fields named block14_name, block14_address1, ...",
                "SME item (XI(a)(3)(i)) with DSP-83 in the same package: no 123.1(c)(5) finding",
                "value >= $500,000 with a Part 130 statement in the description of transaction"],
               meta("DSP-5 LMD-EX-26-044", "Lanark Microwave Devices, Inc.", creator="Adobe LiveCycle Designer"))
    dsp83 = Filing(
        "DSP-83", ids={"registrationCode": "M20488", "transactionNumber": "LMD-EX-26-044"},
        dates={"submitted": "2026-02-10"},
        fields={"sig_consignee": ["Gareth Penrose", "Managing Director, Tamar Valley Engineering Ltd", "10 Feb 2026"],
                "sig_enduser": ["Fiona McAllister", "Head of Export Control, Ashcombe Defence Systems Ltd", "10 Feb 2026"],
                "sig_applicant": ["Marcus O. Bellamy", "Vice President, Global Trade Compliance", "12 Feb 2026"]},
        parties=[("applicant", "applicant", LANARK), ("consignee", "foreignConsignee", TAMAR),
                 ("enduser", "foreignEndUser", ASHCOMBE)],
        items=[items[0]], destinations=["GB"])
    sigs = [("sig_consignee", "Gareth Penrose", "Managing Director, Tamar Valley Engineering Ltd"),
            ("sig_enduser", "Fiona McAllister", "Head of Export Control, Ashcombe Defence Systems Ltd"),
            ("sig_applicant", "Marcus O. Bellamy", "Vice President, Global Trade Compliance")]
    _emit_dsp83_text(C, f, "DSP-83_LMD-EX-26-044.pdf", dsp83, sigs, ["GB"],
                     dict(labels="numdot", columns=1, placement="same", date="dmy", money="dollar", usml="star",
                          reg="plain"),
                     ["DSP-83 text PDF signed by foreign consignee, foreign end-user and applicant",
                      "SME marked with an asterisk ('*XI(a)(3)(i)')"])
    cert_12613(C, f, "126.13-certification.pdf", LANARK, "M20488", "plain", "LMD-EX-26-044", "DSP-5", "2026-02-17",
               "dmy_long", "Marcus O. Bellamy", "Vice President, Global Trade Compliance", part130="provided")

    # ------------------------------------------------------------------ 03 SME DSP-5 without DSP-83, Korea
    f = "03-dsp5-sme-no-dsp83-kr"
    C.package(f, "Two-column DSP-5 with SME items and a 14-line item table that continues onto the next page; "
                 "no DSP-83 in the package (123.1(c)(5) finding).")
    INCHEON = P("Incheon Airfreight Terminal Services Co., Ltd.", "KR", ["272 Gonghang-ro, Jung-gu"], "Incheon",
                None, "22382", "city_postal")
    ew = [("Radar warning receiver processor, Model CST-RWR-5", 4, "EA", "118000.00", "XI(a)(4)(ii)", True, "CST-5100-01"),
          ("Antenna assembly, 2-18 GHz, forward quadrant", 8, "EA", "9850.00", "XI(c)(10)", False, "CST-5210-02"),
          ("Antenna assembly, 2-18 GHz, aft quadrant", 8, "EA", "9850.00", "XI(c)(10)", False, "CST-5210-03"),
          ("Threat library loader, portable", 2, "EA", "14200.00", "XI(c)(10)", False, "CST-5300-01"),
          ("Control indicator unit, NVIS compatible", 4, "EA", "22400.00", "XI(c)(10)", False, "CST-5400-07"),
          ("Wiring harness kit, RWR installation", 4, "KIT", "3150.00", "XI(c)(10)", False, "CST-5500-11"),
          ("Circuit card assembly, receiver channel (spare)", 6, "EA", "12600.00", "XI(c)(10)", False, "CST-5110-04"),
          ("Circuit card assembly, signal processor (spare)", 4, "EA", "15800.00", "XI(c)(10)", False, "CST-5120-02"),
          ("Power supply module, 28 VDC (spare)", 6, "EA", "4100.00", "XI(c)(10)", False, "CST-5130-01"),
          ("Flight line test set, RWR", 1, "EA", "64500.00", "XI(c)(10)", False, "CST-5900-01"),
          ("Software: operational flight program, executable code only", 4, "EA", "7500.00", "XI(d)", False, "CST-OFP-5.2"),
          ("Technical data: installation drawings and interface control document", 1, "LOT", "18000.00", "XI(d)", False,
           "CST-ICD-5100"),
          ("Technical data: operator and organizational maintenance manuals", 1, "LOT", "9500.00", "XI(d)", False,
           "CST-TM-5100"),
          ("Jamming technique generator module", 2, "EA", "46200.00", "XI(a)(4)(i)", True, "CST-5600-01")]
    items = [Item(a, q, u, v, c, sme=s, part=pn) for a, q, u, v, c, s, pn in ew]
    dsp5 = Filing(
        "DSP-5", ids={"registrationCode": "M41207", "transactionNumber": "CST/2026/DSP5/0031"},
        dates={"submitted": "2026-04-08"},
        fields={"port": "Boston, MA (Logan International Airport)",
                "txdesc": "New shipment for the Hanbit Aerospace self-protection suite upgrade, Hanbit purchase "
                          "order HA-PO-26-00412 dated 2 March 2026. Part 130 statement: no reportable fees, "
                          "commissions or political contributions (22 CFR 130.9).",
                "enduse": "Installation on Republic of Korea Air Force trainer aircraft at the Hanbit Aerospace plant "
                          "in Sacheon; in-country depot support.",
                "cert": ["Priya N. Raman", "Export Compliance Director and Empowered Official", "04/08/2026"]},
        parties=[("applicant", "applicant", CORVAL), ("manufacturer", "manufacturer", CORVAL),
                 ("enduser", "foreignEndUser", HANBIT), ("consignee", "foreignConsignee", HANBIT_SEOUL),
                 ("intermediate", "foreignIntermediateConsignee", INCHEON), ("seller", "seller", CORVAL),
                 ("consignor", "usConsignor", CORVAL)],
        items=items, destinations=["KR"],
        findings=[finding("The application covers significant military equipment (lines 1 and 14 are SME) but no "
                          "DSP-83 Nontransfer and Use Certificate is part of the filing package.", "22 CFR 123.1(c)(5)")])
    _emit_text(C, f, "DSP5-CST-2026-0031.pdf", dsp5,
               dict(labels="numdot", columns=2, placement="below", date="us", money="usdollar", item_money="usdollar",
                    usml="spaced_star", reg="space", compact_table=True, table_last=True, title_variant=1,
                    footer=["Corval Signal Technologies, Inc. - Company Proprietary - Export Controlled (ITAR)"],
                    page_label="- {n} -", running_header="Corval Signal Technologies | DSP-5 CST/2026/DSP5/0031"),
               ["DSP-5 text PDF in two columns, '14. Foreign end user' labels, values below labels",
                "14-line item table continued onto page 2 with a repeated header",
                "SME asterisk style '*XI (a)(4)(ii)'; registration 'M 41207'; money 'US$ 472,000'",
                "SME without DSP-83 in the package -> 123.1(c)(5)"],
               meta("DSP-5", "P. Raman", creator="Microsoft Word for Microsoft 365"))
    cert_12613(C, f, "126.13-certification.pdf", CORVAL, "M41207", "space", "CST/2026/DSP5/0031", "DSP-5",
               "2026-04-08", "us", "Priya N. Raman", "Export Compliance Director and Empowered Official",
               part130="provided")

    # ------------------------------------------------------------------ 04 N/A and See Attached, Japan
    f = "04-dsp5-na-see-attached-jp"
    C.package(f, "DSP-5 whose blocks contain 'N/A' and 'See Attached' (not acceptable under 123.1(c)(1)).")
    dsp5 = Filing(
        "DSP-5", ids={"registrationCode": "M33915", "transactionNumber": "BPO-0226-JP"},
        dates={"submitted": "2026-02-26"},
        fields={"port": "Buffalo, NY",
                "txdesc": "New shipment of thermal imaging cores under Kisaragi Heavy Electronics purchase order "
                          "KHE-26-7781.",
                "cert": ["Thomas J. Okafor", "Empowered Official", "26 Feb 2026"]},
        parties=[("applicant", "applicant", BRAMBLEWOOD), ("manufacturer", "manufacturer", BRAMBLEWOOD),
                 ("enduser", "foreignEndUser", KISARAGI), ("consignee", "foreignConsignee", KISARAGI),
                 ("intermediate", "foreignIntermediateConsignee", None), ("seller", "seller", None),
                 ("consignor", "usConsignor", BRAMBLEWOOD)],
        items=[Item("Uncooled infrared focal plane array camera core, 640x512, 12 micron", 40, "EA", "6850.00",
                    "XII(c)(2)", sme=False, part="BPO-LW640-12"),
               Item("Germanium objective lens assembly, 50 mm f/1.0", 40, "EA", "1240.00", "XII(e)(3)", sme=False,
                    part="BPO-GL50")],
        destinations=["JP"],
        na={"intermediate": "N/A", "seller": "See Attached", "enduse": "See Attached"},
        findings=[finding("Block 16 (Foreign Intermediate Consignee) is answered 'N/A'.", "22 CFR 123.1(c)(1)"),
                  finding("Block 18 (Seller in the United States) is answered 'See Attached'.", "22 CFR 123.1(c)(1)"),
                  finding("Block 20 (Specific Purpose) is answered 'See Attached'.", "22 CFR 123.1(c)(1)")])
    dsp5.parties = [x for x in dsp5.parties if x[2] is not None]
    _emit_text(C, f, "DSP-5 BPO-0226-JP.pdf", dsp5,
               dict(labels="plain", columns=1, placement="below", date="dmy", money="code", item_money="code",
                    usml="arabic", reg="dash", title_variant=2, footer=NOISE_FOOTER[:1]),
               ["DSP-5 text PDF without block numbers ('Foreign End-User'), values below labels",
                "'N/A' and 'See Attached' entries -> three 123.1(c)(1) findings",
                "USML in arabic style 'Cat. 12 (c)(2)'; date '26 Feb 2026'; money 'USD 323,600.00'"],
               meta("DSP-5 BPO-0226-JP", "Bramblewood Precision Optics"))
    cert_12613(C, f, "126.13-certification.pdf", BRAMBLEWOOD, "M33915", "dash", "BPO-0226-JP", "DSP-5", "2026-02-26",
               "dmy", "Thomas J. Okafor", "Empowered Official")

    # ------------------------------------------------------------------ 05 destination without end-user (XML)
    f = "05-dsp5-destination-without-end-user"
    C.package(f, "DSP-5 in the DECCS-like XML dialect listing Norway and Sweden as destinations; the foreign "
                 "consignee is in Sweden but the only foreign end-user is in Norway.")
    dsp5 = Filing(
        "DSP-5", ids={"registrationCode": "M27356", "transactionNumber": "TPC-NO-2026-009"},
        dates={"submitted": "2026-05-12"},
        fields={"port": "San Francisco, CA (SFO)",
                "txdesc": "Export of technical data only (no hardware): laser rangefinder integration data for a "
                          "naval electro-optical director.",
                "enduse": "Integration of the Tessarae LRF-1550 rangefinder into the Fjellvik naval electro-optical "
                          "director for the Royal Norwegian Navy; Vänern Marinteknik AB performs the mechanical "
                          "integration design in Sweden.",
                "cert": ["Elena M. Castillo", "Senior Manager, Export Compliance (Empowered Official)"]},
        parties=[("applicant", "applicant", TESSARAE), ("manufacturer", "manufacturer", TESSARAE),
                 ("enduser", "foreignEndUser", FJELLVIK), ("consignee", "foreignConsignee", VANERN),
                 ("seller", "seller", TESSARAE), ("consignor", "usConsignor", TESSARAE)],
        items=[Item("Technical data: LRF-1550 interface control document and integration drawings", 1, "LOT",
                    "24000.00", "XII(f)(1)", sme=False, part="TPC-ICD-1550"),
               Item("Technical data: LRF-1550 environmental qualification test reports", 1, "LOT", "8000.00",
                    "XII(f)(1)", sme=False, part="TPC-QTR-1550")],
        destinations=["NO", "SE"],
        findings=[finding("Sweden is listed as a country of ultimate destination but no foreign end-user in Sweden "
                          "is named; every destination country needs at least one foreign end-user.", "22 CFR 123.9(a)")])
    dsp5.fields["intermediate"] = "None"
    dsp5.omit = {"intermediate"}
    _emit_xml(C, f, "DSP5-TPC-NO-2026-009.xml", dsp5, "deccs-elements",
              dict(root="DSP5Application", usml="bare", reg="plain", date="iso", money="plain"),
              ["DECCS-like element-per-field XML dialect (<ForeignEndUser><Name>...)",
               "destination country (Sweden) with a consignee but no foreign end-user -> finding",
               "technical-data-only DSP-5"])
    cert_12613(C, f, "126.13-certification.pdf", TESSARAE, "M27356", "plain", "TPC-NO-2026-009", "DSP-5",
               "2026-05-12", "iso", "Elena M. Castillo", "Senior Manager, Export Compliance (Empowered Official)")

    # ------------------------------------------------------------------ 06 totals mismatch (snake XML), France
    f = "06-dsp5-total-mismatch-fr"
    C.package(f, "DSP-5 in the snake_case/attribute XML dialect whose declared total differs from the sum of its lines.")
    dsp5 = Filing(
        "DSP-5", ids={"registrationCode": "M18820", "transactionNumber": "KTD-26-FR-014"},
        dates={"submitted": "2026-01-20"},
        fields={"port": "Philadelphia, PA",
                "txdesc": "New sale to Vauclair Optronique SAS under purchase order VO-CMD-2025-5521.",
                "enduse": "Thermal management of the Vauclair day/night sighting system for French Army armoured "
                          "vehicles.",
                "cert": ["Robert A. Lindqvist", "Compliance Manager (Empowered Official)", "01/20/2026"]},
        parties=[("applicant", "applicant", KEYSTONE), ("manufacturer", "manufacturer", KEYSTONE),
                 ("enduser", "foreignEndUser", VAUCLAIR), ("consignee", "foreignConsignee", VAUCLAIR),
                 ("seller", "seller", KEYSTONE), ("consignor", "freightForwarder", SILVERLINE)],
        items=[Item("Cryocooler, linear split-Stirling, for thermal sight", 30, "EA", "6200.00", "XII(e)(12)",
                    sme=False, part="KTD-LSC-1W"),
               Item("Cold finger and dewar assembly", 30, "EA", "1400.00", "XII(e)(12)", sme=False, part="KTD-CFD-08"),
               Item("Cooler drive electronics", 30, "EA", "433.33", "XII(e)(12)", sme=False, part="KTD-CDE-3")],
        total="214000.00", destinations=["FR"],
        findings=[finding("The declared total value ($214,000.00) does not equal the sum of the line values "
                          "($240,999.90).", "22 CFR 123.1", "error")])
    dsp5.omit = {"intermediate"}
    _emit_xml(C, f, "dsp5_ktd-26-fr-014.xml", dsp5, "snake-attributes",
              dict(usml="spaced", reg="plain", date="us", money="plain", item_money="plain"),
              ["snake_case XML dialect with attributes (<party role=\"end_user\" name=... country=\"FR\">)",
               "declared total differs from the sum of line totals -> finding",
               "unit value with cents (433.33) and a line total that is not a round number"])
    cert_12613(C, f, "126.13-certification.pdf", KEYSTONE, "M18820", "plain", "KTD-26-FR-014", "DSP-5",
               "2026-01-20", "us", "Robert A. Lindqvist", "Compliance Manager (Empowered Official)")

    # ------------------------------------------------------------------ 07 DSP-5 to China, embedded XML
    f = "07-dsp5-proscribed-cn"
    C.package(f, "DSP-5 whose PDF is a cover sheet carrying the filing as an embedded XML attachment (namespaced "
                 "dialect); destination China, a 126.1(d)(1) country.")
    dsp5 = Filing(
        "DSP-5", ids={"registrationCode": "M45019", "transactionNumber": "CMS-2026-CN-001"},
        dates={"submitted": "2026-06-02"},
        fields={"port": "Orlando, FL (MCO)",
                "txdesc": "New shipment of telemetry transmitter components to Huaxin Tongda Electronics.",
                "enduse": "Incorporation into flight-test telemetry equipment.",
                "cert": ["Harold P. Nguyen", "Export Compliance Officer"]},
        parties=[("applicant", "applicant", COBALT), ("manufacturer", "manufacturer", COBALT),
                 ("enduser", "foreignEndUser", HUAXIN), ("consignee", "foreignConsignee", HUAXIN),
                 ("seller", "seller", COBALT), ("consignor", "usConsignor", COBALT)],
        items=[Item("S-band telemetry transmitter module, encrypted, for missile flight test", 10, "EA", "21500.00",
                    "IV(h)(1)", sme=False, part="CMS-TX-2250")],
        destinations=["CN"],
        findings=[finding("The country of ultimate destination, China, is subject to a policy of denial under "
                          "22 CFR 126.1(d)(1).", "22 CFR 126.1(d)(1)")])
    dsp5.omit = {"intermediate"}
    _emit_embedded(C, f, "DSP-5_cover_CMS-2026-CN-001.pdf", dsp5, "namespaced", dict(usml="usml", reg="dash"),
                   ["PDF cover sheet with the filing only in an embedded XML attachment (filing.xml)",
                    "namespaced XML dialect inside the attachment",
                    "destination in 126.1(d)(1) -> finding"],
                   "DSP-5 Submission Cover Sheet",
                   ["Applicant transaction reference: see attachment", "Submitted electronically via batch upload",
                    "Form type: DSP-5 (permanent export)"],
                   meta("DSP-5 cover sheet", "Cobalt Meridian Systems LLC", creator="Docket batch tool"))
    cert_12613(C, f, "126.13-certification.pdf", COBALT, "M45019", "dash", "CMS-2026-CN-001", "DSP-5", "2026-06-02",
               "long", "Harold P. Nguyen", "Export Compliance Officer")

    # ------------------------------------------------------------------ 08 DSP-73 trade show, Italy
    f = "08-dsp73-trade-show-it"
    C.package(f, "DSP-73 temporary export for an exhibition in Italy, two-column text PDF with '(Foreign)' labels.")
    dsp73 = Filing(
        "DSP-73", ids={"registrationCode": "M39961", "transactionNumber": "OBM-T-2026-03"},
        dates={"submitted": "2026-03-16"},
        fields={"port": "Norfolk, VA", "exitdate": "2026-05-04",
                "txdesc": "Temporary export for exhibition and demonstration at the Mare Difesa 2026 naval exhibition, "
                          "La Spezia, 18-21 May 2026. The articles will return to the United States by 30 June 2026; "
                          "no transfer of title will occur.",
                "enduse": "Static display and in-water demonstration; return to the United States after the exhibition.",
                "cert": ["Lauren K. Davenport", "Director of Contracts and Export Compliance"]},
        parties=[("applicant", "applicant", OSPREY), ("manufacturer", "manufacturer", OSPREY),
                 ("enduser", "foreignEndUser", BRENTA), ("consignee", "foreignConsignee", BRENTA),
                 ("consignor", "freightForwarder", GULFSTAR_FF)],
        items=[Item("Unmanned surface vessel mission module, mine countermeasures, demonstration unit", 1, "EA",
                    "1450000.00", "VI(a)(7)", sme=False, part="OBM-USV-D1"),
               Item("Towed synthetic aperture sonar body, demonstration unit", 1, "EA", "385000.00", "XI(a)(1)(iii)",
                    sme=False, part="OBM-SAS-T2")],
        destinations=["IT"])
    dsp73.fields["exitdate"] = fmt_date("2026-05-04", "dmy_long")
    dsp73.omit = {"intermediate"}
    _emit_text(C, f, "DSP-73_OBM-T-2026-03.pdf", dsp73,
               dict(labels="paren", columns=2, placement="same", date="dmy_long", money="dollar0", item_money="dollar0",
                    usml="category", reg="plain", footer=["Osprey Bay Marine Systems - DSP-73 draft for internal review"],
                    page_label="Page {n}/{N}"),
               ["DSP-73 text PDF in two columns, labels 'End User (Foreign)', 'Consignee (Foreign)'",
                "temporary export for exhibition; money '$1,835,000'; date '16 March 2026'"],
               meta("DSP-73", "Osprey Bay Marine Systems"))
    cert_12613(C, f, "126.13-certification.pdf", OSPREY, "M39961", "plain", "OBM-T-2026-03", "DSP-73", "2026-03-16",
               "dmy_long", "Lauren K. Davenport", "Director of Contracts and Export Compliance")

    # ------------------------------------------------------------------ 09 DSP-73 Russia, XFDL
    f = "09-dsp73-warning-ru"
    C.package(f, "DSP-73 in the XFDL-like form dialect with a temporary destination in Russia (126.1(d)(2)).")
    dsp73 = Filing(
        "DSP-73", ids={"registrationCode": "M27356", "transactionNumber": "TPC-T-26-112"},
        dates={"submitted": "2026-07-09"},
        fields={"port": "New York, NY (JFK)", "exitdate": "09/15/2026",
                "txdesc": "Temporary export of a laser rangefinder calibration test set for on-site acceptance "
                          "testing; return within 90 days.",
                "enduse": "Acceptance testing at the consignee's facility and return to the United States.",
                "cert": ["Elena M. Castillo", "Senior Manager, Export Compliance (Empowered Official)"]},
        parties=[("applicant", "applicant", TESSARAE), ("manufacturer", "manufacturer", TESSARAE),
                 ("enduser", "foreignEndUser", VOLZHSKY), ("consignee", "foreignConsignee", VOLZHSKY),
                 ("consignor", "usConsignor", TESSARAE)],
        items=[Item("Laser rangefinder calibration test set, eye-safe 1.54 micron", 1, "EA", "96000.00", "XII(c)(5)",
                    sme=False, part="TPC-CTS-1550")],
        destinations=["RU"],
        findings=[finding("The temporary destination, Russia, is a 22 CFR 126.1(d)(2) country (paragraph (l)): "
                          "licenses are denied except as paragraph (l) provides.", "22 CFR 126.1(d)(2)", "warning")])
    dsp73.omit = {"intermediate"}
    _emit_xml(C, f, "DSP73_TPC-T-26-112.xfdl.xml", dsp73, "xfdl-form",
              dict(usml="category", reg="dash", date="us", money="dollar", serial="TPC-T-26-112"),
              ["XFDL-like generic form dialect (<field sid=\"block14_enduser_name\"><value>...)",
               "126.1(d)(2) destination -> warning"])
    cert_12613(C, f, "126.13-certification.pdf", TESSARAE, "M27356", "dash", "TPC-T-26-112", "DSP-73", "2026-07-09",
               "us", "Elena M. Castillo", "Senior Manager, Export Compliance (Empowered Official)")

    # ------------------------------------------------------------------ 10 DSP-61 AcroForm f1_ names, Israel
    f = "10-dsp61-temp-import-il"
    C.package(f, "DSP-61 temporary import for repair, fillable form whose field names (f1_1[0] ...) carry no "
                 "meaning; the meaning is only in the tooltips.")
    dsp61 = Filing(
        "DSP-61", ids={"registrationCode": "M22604", "transactionNumber": "PAS-61-2026-07"},
        dates={"submitted": "2026-04-21"},
        fields={"shipfrom": "Israel", "port": "Phoenix, AZ (PHX)",
                "appinfo": "Temporary import for repair and return; was never licensed for this applicant",
                "txdesc": "Temporary import of two composite tail-boom assemblies for repair of impact damage and "
                          "return to the owner in Israel within 12 months.",
                "enduse": "Repair and return to the foreign owner.",
                "cert": ["Sandra L. Whitcombe", "Vice President, Contracts & Compliance"]},
        parties=[("applicant", "applicant", PINECREST), ("manufacturer", "manufacturer", PINECREST),
                 ("foreignconsignor", "other", CARMEL), ("consignee", "foreignConsignee", CARMEL),
                 ("usconsignee", "other", PINECREST)],
        items=[Item("Composite tail-boom assembly, unmanned aerial vehicle", 2, "EA", "74000.00", "VIII(h)(1)",
                    sme=False, part="PAS-TB-220-5")],
        destinations=["IL"])
    dsp61.fields["shipfrom"] = "Israel"
    _emit_acro(C, f, "DSP-61_PAS-61-2026-07.pdf", dsp61,
               dict(names="f1", start=1, show_labels="numbers", usml="bare", item_money="dollar", date="iso",
                    money="dollar", reg="plain", title_variant=1),
               ["DSP-61 fillable AcroForm with meaningless field names f1_N[0]; meaning only in tooltips (/TU)",
                "printed labels are block numbers only", "foreign consignor as role 'other'"],
               meta(None, None, creator="Adobe Acrobat Pro"))
    cert_12613(C, f, "126.13-certification.pdf", PINECREST, "M22604", "plain", "PAS-61-2026-07", "DSP-61",
               "2026-04-21", "iso", "Sandra L. Whitcombe", "Vice President, Contracts & Compliance")

    # ------------------------------------------------------------------ 11 DSP-61 XML, Canada
    f = "11-dsp61-xml-ca"
    C.package(f, "DSP-61 temporary import for overhaul in the DECCS-like XML dialect.")
    dsp61 = Filing(
        "DSP-61", ids={"registrationCode": "M39961", "transactionNumber": "OBM-I-26-0042"},
        dates={"submitted": "2026-08-03"},
        fields={"shipfrom": "Canada", "port": "Norfolk, VA; Baltimore, MD",
                "appinfo": "Temporary import for overhaul and return",
                "txdesc": "Temporary import of hull-mounted sonar transducer arrays for depot overhaul and return to "
                          "Laurentide Marine Systems Inc., Halifax.",
                "enduse": "Depot-level overhaul; re-export to Canada under this license.",
                "cert": ["Lauren K. Davenport", "Director of Contracts and Export Compliance"]},
        parties=[("applicant", "applicant", OSPREY), ("manufacturer", "manufacturer", OSPREY),
                 ("foreignconsignor", "other", LAURENTIDE), ("consignee", "foreignConsignee", LAURENTIDE),
                 ("usconsignee", "other", OSPREY)],
        items=[Item("Hull-mounted sonar transducer array, 48-stave", 3, "EA", "212000.00", "XI(a)(1)(i)", sme=True,
                    part="OBM-HMS-48")],
        destinations=["CA"])
    _emit_xml(C, f, "DSP61-OBM-I-26-0042.xml", dsp61, "deccs-elements",
              dict(root="DSP61Application", usml="category", reg="dash", date="iso", schema="3.0"),
              ["DECCS-like XML DSP-61 with two ports of entry", "SME article temporarily imported (no DSP-83 needed)"])
    cert_12613(C, f, "126.13-certification.pdf", OSPREY, "M39961", "dash", "OBM-I-26-0042", "DSP-61", "2026-08-03",
               "long", "Lauren K. Davenport", "Director of Contracts and Export Compliance")

    # ------------------------------------------------------------------ 12 DSP-85 classified, Australia (+DSP-83)
    f = "12-dsp85-classified-au"
    C.package(f, "DSP-85 classified permanent export to Australia with the DSP-83 and 126.13 letter.")
    items = [Item("Acoustic processing cabinet, submarine sonar suite (classified CONFIDENTIAL)", 1, "EA", "980000.00",
                  "XI(a)(1)(i)", sme=True, part="CMS-APC-77"),
             Item("Classified technical data: acoustic processing algorithms description", 1, "LOT", "270000.00",
                  "XI(d)", sme=True, part="CMS-TD-77")]
    dsp85 = Filing(
        "DSP-85", ids={"registrationCode": "M45019", "transactionNumber": "CMS-85-AU-0007"},
        dates={"submitted": "2026-09-14"},
        fields={"apptype": "Permanent Export", "classif": "CONFIDENTIAL",
                "countries17": "Australia",
                "dcsa": "DCSA Orlando Field Office, 3452 Lake Lynda Drive, Orlando, FL",
                "txdesc": "Permanent export under Warramunga Shipbuilding contract WS-C-0931. Classified articles "
                          "will move by government-to-government transfer. Part 130 statement: no fees or "
                          "commissions reportable under 22 CFR 130.9.",
                "enduse": "Installation in the sonar suite of Royal Australian Navy submarines during mid-life "
                          "upgrade at Henderson, WA.",
                "cert": ["Harold P. Nguyen", "Export Compliance Officer", "2026-09-14"]},
        parties=[("applicant", "applicant", COBALT), ("manufacturer", "manufacturer", COBALT),
                 ("enduser", "foreignEndUser", BELLBIRD), ("consignee", "foreignConsignee", WARRAMUNGA),
                 ("consignor", "usConsignor", COBALT)],
        items=items, destinations=["AU"])
    dsp85.omit = {"intermediate"}
    _emit_text(C, f, "DSP-85_CMS-85-AU-0007.pdf", dsp85,
               dict(labels="caps", columns=1, placement="below", date="iso", money="usd_m", item_money="dollar",
                    usml="star", reg="plain", footer=["CONTAINS NO CLASSIFIED INFORMATION - classified details are "
                                                      "provided under separate cover",
                                                      "OMB APPROVAL NO. 1405-0022"],
                    running_header="DSP-85  CMS-85-AU-0007"),
               ["DSP-85 text PDF, upper-case block-numbered labels ('14  FOREIGN END-USER')",
                "money 'USD 1.25M'; SME asterisk '*XI(a)(1)(i)'; ISO dates",
                "classified export with DSP-83 in the package"],
               meta("DSP-85", "Cobalt Meridian Systems LLC"))
    dsp83 = Filing(
        "DSP-83", ids={"registrationCode": "M45019", "transactionNumber": "CMS-85-AU-0007"},
        dates={"submitted": "2026-09-02"},
        parties=[("applicant", "applicant", COBALT), ("consignee", "foreignConsignee", WARRAMUNGA),
                 ("enduser", "foreignEndUser", BELLBIRD)],
        items=items, destinations=["AU"])
    _emit_dsp83_text(C, f, "DSP-83_CMS-85-AU-0007.pdf", dsp83,
                     [("sig_consignee", "Bronwyn Ashby", "General Manager, Warramunga Shipbuilding Pty Ltd"),
                      ("sig_enduser", "Callum Reid", "Chief Executive Officer, Bellbird Defence Pty Ltd"),
                      ("sig_applicant", "Harold P. Nguyen", "Export Compliance Officer")], ["AU"],
                     dict(labels="deccs", columns=2, placement="below", date="iso", money="dollar", usml="star",
                          reg="plain"),
                     ["DSP-83 text PDF, two columns", "classified articles (SME by 120.36(b))"])
    cert_12613(C, f, "126.13-certification.pdf", COBALT, "M45019", "plain", "CMS-85-AU-0007", "DSP-85", "2026-09-14",
               "iso", "Harold P. Nguyen", "Export Compliance Officer", part130="provided")

    # ------------------------------------------------------------------ 13 DSP-85 namespaced XML, UK, no DSP-83
    f = "13-dsp85-xml-gb"
    C.package(f, "DSP-85 temporary export of classified articles in the namespaced XML dialect; no DSP-83 filed.")
    dsp85 = Filing(
        "DSP-85", ids={"registrationCode": "M20488", "transactionNumber": "LMD-85-GB-2026-02"},
        dates={"submitted": "2026-10-05"},
        fields={"apptype": "Temporary Export", "classif": "SECRET", "countries17": "United Kingdom",
                "dcsa": "DCSA Huntsville Field Office",
                "txdesc": "Temporary export of a classified radar signal processor for joint trials at Ashcombe "
                          "Defence Systems Ltd; return within 6 months.",
                "enduse": "Joint interoperability trials; return to the United States.",
                "cert": ["Marcus O. Bellamy", "Vice President, Global Trade Compliance"]},
        parties=[("applicant", "applicant", LANARK), ("manufacturer", "manufacturer", LANARK),
                 ("enduser", "foreignEndUser", ASHCOMBE), ("consignee", "foreignConsignee", ASHCOMBE),
                 ("consignor", "usConsignor", LANARK)],
        items=[Item("Radar signal processor, classified SECRET, trials unit", 1, "EA", "640000.00", "XI(a)(3)(i)",
                    sme=True, part="LMD-RSP-40S")],
        destinations=["GB"],
        findings=[finding("Classified (SME) articles are covered but no DSP-83 Nontransfer and Use Certificate is "
                          "part of the filing package.", "22 CFR 123.1(c)(5)")])
    dsp85.omit = {"intermediate"}
    _emit_xml(C, f, "dsp85-LMD-85-GB-2026-02.xml", dsp85, "namespaced", dict(usml="usml", reg="dash", date="iso"),
              ["namespaced XML dialect (default + pty:/amt: prefixes)", "classified export without DSP-83 -> finding"])
    cert_12613(C, f, "126.13-certification.pdf", LANARK, "M20488", "dash", "LMD-85-GB-2026-02", "DSP-85",
               "2026-10-05", "long", "Marcus O. Bellamy", "Vice President, Global Trade Compliance",
               part130="notRequired")

    # ------------------------------------------------------------------ 14 DSP-5 + DSP-83 AcroForm dotted, Poland
    f = "14-dsp5-acroform-dotted-pl"
    C.package(f, "DSP-5 and DSP-83 as fillable forms with hierarchical field names (ForeignEndUser.Name); SME rule "
                 "satisfied.")
    items = [Item("Cartridge, 120 mm mortar, practice, with inert fill", 1200, "EA", "410.00", "III(a)(8)", sme=True,
                  part="ACO-120-PR"),
             Item("Fuze, multi-option, electronic, for 120 mm mortar", 600, "EA", "385.00", "III(d)(1)", sme=False,
                  part="ACO-MOF-7")]
    dsp5 = Filing(
        "DSP-5", ids={"registrationCode": "M50213", "transactionNumber": "ACO-2026-PL-05"},
        dates={"submitted": "2026-05-27"},
        fields={"port": "Baltimore, MD (seaport)",
                "txdesc": "New shipment under Wislok Zaklady Elektroniczne contract WZE/2026/014. Part 130 "
                          "statement: no reportable fees or commissions (22 CFR 130.9).",
                "enduse": "Training ammunition for the Polish Land Forces, delivered through Wislok as prime "
                          "contractor.",
                "cert": ["Gregory T. Maddox", "Empowered Official, Director of International Programs", "05/27/2026"]},
        parties=[("applicant", "applicant", ANVIL), ("manufacturer", "manufacturer", ANVIL),
                 ("enduser", "foreignEndUser", WISLOK), ("consignee", "foreignConsignee", WISLOK),
                 ("intermediate", "foreignIntermediateConsignee", BAYERN_LOG), ("seller", "seller", ANVIL),
                 ("consignor", "freightForwarder", GULFSTAR_FF)],
        items=items, destinations=["PL"])
    _emit_acro(C, f, "DSP5-ACO-2026-PL-05.pdf", dsp5,
               dict(names="dotted", show_labels="full", usml="star", item_money="dollar", date="us", money="dollar",
                    reg="dash"),
               ["DSP-5 AcroForm with hierarchical dotted field names (ForeignEndUser.Name, Items.Line1.Qty)",
                "SME item with DSP-83 in the package", "Polish address with 'ul.' and 'NN-NNN' postal code"],
               meta("DSP-5", "Anvil Creek Ordnance", creator="Adobe Acrobat Pro"))
    dsp83 = Filing(
        "DSP-83", ids={"registrationCode": "M50213", "transactionNumber": "ACO-2026-PL-05"},
        dates={"submitted": "2026-05-20"},
        fields={"sig_consignee": ["Tomasz Grabowski", "Prezes Zarzadu (President of the Management Board)", "20.05.2026"],
                "sig_enduser": ["Tomasz Grabowski", "Prezes Zarzadu (President of the Management Board)", "20.05.2026"],
                "sig_applicant": ["Gregory T. Maddox", "Empowered Official, Director of International Programs",
                                  "05/22/2026"]},
        parties=[("applicant", "applicant", ANVIL), ("consignee", "foreignConsignee", WISLOK),
                 ("enduser", "foreignEndUser", WISLOK)],
        items=[items[0]], destinations=["PL"])
    _emit_acro(C, f, "DSP83-ACO-2026-PL-05.pdf", dsp83,
               dict(names="dotted", show_labels="full", usml="star", item_money="dollar", date="eu", money="dollar",
                    reg="dash"),
               ["DSP-83 AcroForm with dotted field names", "same entity as consignee and end-user"],
               meta("DSP-83", "Anvil Creek Ordnance", creator="Adobe Acrobat Pro"))
    cert_12613(C, f, "126.13-certification.pdf", ANVIL, "M50213", "dash", "ACO-2026-PL-05", "DSP-5", "2026-05-27",
               "us", "Gregory T. Maddox", "Empowered Official, Director of International Programs",
               part130="provided")

    # ------------------------------------------------------------------ 15 DSP-5 Lebanon with Cyprus intermediate
    f = "15-dsp5-warning-lb-cy"
    C.package(f, "DSP-5 to Lebanon with an intermediate consignee in Cyprus; both are 126.1(d)(2) countries.")
    dsp5 = Filing(
        "DSP-5", ids={"registrationCode": "M18820", "transactionNumber": "KTD-26-LB-002"},
        dates={"submitted": "2026-06-30"},
        fields={"port": "Newark, NJ (seaport)",
                "txdesc": "New sale of protective equipment under Cedar Coast Security purchase order CCS-0619.",
                "enduse": "Personal protective equipment for the Lebanese Armed Forces explosive ordnance disposal "
                          "units.",
                "cert": ["Robert A. Lindqvist", "Compliance Manager (Empowered Official)", "6/30/2026"]},
        parties=[("applicant", "applicant", KEYSTONE), ("manufacturer", "manufacturer", KEYSTONE),
                 ("enduser", "foreignEndUser", CEDAR), ("consignee", "foreignConsignee", CEDAR),
                 ("intermediate", "foreignIntermediateConsignee", PAPHOS), ("seller", "seller", KEYSTONE),
                 ("consignor", "freightForwarder", SILVERLINE)],
        items=[Item("Bomb disposal suit with active cooling vest, complete", 12, "EA", "38500.00", "X(a)(1)",
                    sme=False, part="KTD-EOD-9C")],
        destinations=["LB"],
        findings=[finding("The country of ultimate destination, Lebanon, is listed in 22 CFR 126.1(d)(2) "
                          "(paragraph (t)).", "22 CFR 126.1(d)(2)", "warning"),
                  finding("The foreign intermediate consignee is in Cyprus, listed in 22 CFR 126.1(d)(2) "
                          "(paragraph (r)).", "22 CFR 126.1(d)(2)", "warning")])
    _emit_text(C, f, "DSP-5_KTD-26-LB-002.pdf", dsp5,
               dict(labels="deccs", columns=2, placement="below", date="long", money="dollar", usml="spaced",
                    reg="plain", footer=NOISE_FOOTER),
               ["DSP-5 two-column text PDF with block-numbered labels",
                "126.1(d)(2) destination and intermediate consignee -> warnings", "Lebanese address without postal code"],
               meta("DSP-5 KTD-26-LB-002", "Keystone Thermal Dynamics LLC"))
    cert_12613(C, f, "126.13-certification.pdf", KEYSTONE, "M18820", "plain", "KTD-26-LB-002", "DSP-5",
               "2026-06-30", "long", "Robert A. Lindqvist", "Compliance Manager (Empowered Official)")

    # ------------------------------------------------------------------ 30 several end-users and intermediates
    f = "30-dsp5-multiple-parties-ae"
    C.package(f, "DSP-5 to the UAE with two foreign end-users and two foreign intermediate consignees in one "
                 "block each; European date and abbreviated money styles.")
    dsp5 = Filing(
        "DSP-5", ids={"registrationCode": "M22604", "transactionNumber": "PAS-2026-AE-011"},
        dates={"submitted": "2026-10-19"},
        fields={"port": "Miami, FL (MIA)",
                "txdesc": "New shipment against Falaj Defence Solutions LLC purchase order FDS-PO-2026-231, placed on "
                          "behalf of the UAE Armed Forces General Headquarters.",
                "enduse": "Spare parts for the depot maintenance of UAE Armed Forces unmanned aerial vehicles at "
                          "Falaj's Abu Dhabi facility and at the General Headquarters depot.",
                "cert": ["Sandra L. Whitcombe", "Vice President, Contracts & Compliance", "19.10.2026"]},
        parties=[("applicant", "applicant", PINECREST), ("manufacturer", "manufacturer", PINECREST),
                 ("enduser", "foreignEndUser", FALAJ), ("enduser", "foreignEndUser", GHQ),
                 ("consignee", "foreignConsignee", FALAJ),
                 ("intermediate", "foreignIntermediateConsignee", BAYERN_LOG),
                 ("intermediate", "foreignIntermediateConsignee", ZEELAND),
                 ("seller", "seller", PINECREST), ("consignor", "freightForwarder", GULFSTAR_FF)],
        items=[Item("Composite tail-boom assembly, unmanned aerial vehicle", 4, "EA", "74000.00", "VIII(h)(1)",
                    sme=False, part="PAS-TB-220-5"),
               Item("Landing gear strut assembly, unmanned aerial vehicle", 8, "EA", "23000.00", "VIII(h)(1)",
                    sme=False, part="PAS-LGS-31")],
        destinations=["AE"])
    _emit_text(C, f, "DSP-5_PAS-2026-AE-011.pdf", dsp5,
               dict(labels="numdot", columns=1, placement="same", date="eu", money="usd_k", item_money="dollar",
                    usml="bare", reg="dash", footer=NOISE_FOOTER, page_label="Page {n} of {N}",
                    running_header="Pinecrest Aerostructures, Inc. - DSP-5 PAS-2026-AE-011 - Page header"),
               ["two foreign end-users and two foreign intermediate consignees listed in one block each",
                "end-user address without postal code (UAE)", "date '19.10.2026'; total 'USD 480K'; bare USML 'VIII(h)(1)'"],
               meta("DSP-5 PAS-2026-AE-011", "Pinecrest Aerostructures, Inc."))
    cert_12613(C, f, "126.13-certification.pdf", PINECREST, "M22604", "dash", "PAS-2026-AE-011", "DSP-5",
               "2026-10-19", "eu", "Sandra L. Whitcombe", "Vice President, Contracts & Compliance")

    build_bis(C)


def _emit_dsp83_text(C, folder, fname, filing, sigs, dest, st, exercises):
    for key, name, title in sigs:
        filing.fields[key] = [name, title]
    filing.parties = filing.parties + [("sig", "foreignSignatory", P(name, filing.parties_for(
        "consignee" if key == "sig_consignee" else "enduser")[0].country, title=title))
        for key, name, title in sigs if key != "sig_applicant"]
    n = render_text(filing, C.path(folder, fname), st, meta("DSP-83", filing.parties[0][2].name))
    truth = filing.truth("pdf", n)
    # de-duplicate identical signatories (same person signing twice)
    seen, ps = set(), []
    for p in truth["parties"]:
        k = (p["role"], p["name"])
        if k not in seen:
            seen.add(k)
            ps.append(p)
    truth["parties"] = ps
    C.add(folder, fname, "text-pdf", truth, exercises)


GHQ = P("General Headquarters, UAE Armed Forces (Procurement Directorate)", "AE", ["Al Bateen"], "Abu Dhabi", None,
        None, "city_only")


def build_bis(C):
    # ------------------------------------------------------------------ 16 BIS-748P license, Singapore (text)
    f = "16-bis748p-license-sg"
    C.package(f, "BIS-748P export license application to Singapore as a flattened text PDF (3A001.a.1, 5A002, EAR99).")
    bis = Filing(
        "BIS-748P", ids={"applicationControlNumber": "Z817304"}, dates={"submitted": "2026-02-09"},
        fields={"contact": "Elena M. Castillo", "phone": "+1 408 555 0175", "fax": "+1 408 555 0199F",
                "apptype": "Export", "docs": "BIS-748P-A item appendix; letter of explanation; data sheets",
                "docsonfile": "Purchase order KSE-PO-88213 dated 15 January 2026", "special": "None",
                "acn_resub": "None",
                "enduse": "Incorporation into satellite ground-station and airborne data-link equipment produced by "
                          "Straits Kestrel Engineering for the Defence Science and Technology Agency.",
                "additional": "The applicant is not the ultimate consignee. No items will be reexported from Singapore.",
                "cert": ["Elena M. Castillo", "Senior Manager, Export Compliance", "February 9, 2026"]},
        parties=[("applicant", "applicant", TESSARAE), ("purchaser", "purchaser", KESTREL),
                 ("ultimate", "ultimateConsignee", KESTREL), ("enduser", "endUser", KESTREL_MIN)],
        items=[Item("Radiation-hardened 16-bit analog-to-digital converter, ceramic package", 400, "EA", "1150.00",
                    eccn="3A001.a.1", part="TPC-ADC16RH"),
               Item("Link encryption module, AES-256, for airborne data link", 50, "EA", "3400.00", eccn="5A002",
                    part="TPC-CM-256"),
               Item("Rack-mount chassis, 19 in., unpopulated", 20, "EA", "650.00", eccn="EAR99", part="TPC-CH-19")],
        destinations=["SG"])
    bis.fields["intermediate"] = "None"
    _emit_text(C, f, "BIS-748P_Z817304.pdf", bis,
               dict(labels="deccs", columns=1, placement="same", date="long", money="dollar", item_money="dollar",
                    footer=["FORM BIS-748P (REV. 6-2023)", "Information furnished herewith is subject to the provisions "
                            "of Section 12(c) of the Export Control Reform Act of 2018"]),
               ["BIS-748P text PDF, 'Block 18 - Ultimate Consignee' labels", "ECCNs 3A001.a.1, 5A002 and EAR99",
                "fax number with trailing 'F'", "Application Control Number (Z number)"],
               meta("BIS-748P Z817304", "Tessarae Photonics Corp.", creator="SNAP-R print"))

    # ------------------------------------------------------------------ 17 BIS-748P classification request (text)
    f = "17-bis748p-classification-request"
    C.package(f, "BIS-748P classification request: only Blocks 1-5, 14, 22(a)-(d),(i), 24 and 25 are filled.")
    bis = Filing(
        "BIS-748P", ids={"applicationControlNumber": "Z820511"}, dates={"submitted": "2026-03-30"},
        fields={"contact": "Priya N. Raman", "phone": "(978) 555-0190", "fax": "(978) 555-0191F",
                "apptype": "Classification Request", "mfr_name": "Corval Signal Technologies, Inc.",
                "additional": "Request for classification of the KX-440 encryptor. The applicant believes the item is "
                              "described by ECCN 5A002.a because it implements AES-256 for data confidentiality and is "
                              "not released from 5A002 by Note 3 (mass market). Technical specifications attached.",
                "cert": ["Priya N. Raman", "Export Compliance Director", "03/30/2026"]},
        parties=[("applicant", "applicant", CORVAL)],
        items=[Item("Model KX-440 ruggedized IP network encryptor", eccn="5A002.a")],
        omit={"docs", "docsonfile", "special", "acn_resub", "purchaser", "intermediate", "ultimate", "enduser",
              "enduse", "total"},
        destinations=[])
    bis.total = None
    _emit_text(C, f, "BIS-748P_classification_Z820511.pdf", bis,
               dict(labels="numdot", columns=1, placement="same", date="us", classification=True,
                    footer=["FORM BIS-748P (REV. 6-2023) - Classification Request"]),
               ["BIS-748P classification request filling only Blocks 1-5, 14, 22(a)-(d),(i), 24, 25",
                "no destination, no parties other than the applicant, no values"],
               meta("Classification request", "Corval Signal Technologies", creator="SNAP-R print"))

    # ------------------------------------------------------------------ 18 BIS-748P to Iran (snake XML)
    f = "18-bis748p-e1-ir"
    C.package(f, "BIS-748P to Iran (Country Group E:1) in the snake_case XML dialect.")
    bis = Filing(
        "BIS-748P", ids={"applicationControlNumber": "Z823977"}, dates={"submitted": "2026-04-14"},
        fields={"contact": "Robert A. Lindqvist", "phone": "717-555-0181", "fax": "717-555-0182F",
                "apptype": "Export", "docs": "Letter of explanation", "docsonfile": "Pro forma invoice PAT-1405-22",
                "special": "None", "acn_resub": "None",
                "enduse": "Thermal inspection of industrial furnaces.",
                "additional": "None.",
                "cert": ["Robert A. Lindqvist", "Compliance Manager", "04/14/2026"]},
        parties=[("applicant", "applicant", KEYSTONE), ("purchaser", "purchaser", PARS),
                 ("ultimate", "ultimateConsignee", PARS), ("enduser", "endUser", PARS)],
        items=[Item("Thermal imaging camera core, uncooled, 640x480", 25, "EA", "2900.00", eccn="6A003.b.4.b",
                    part="KTD-TIC-640"),
               Item("Camera interface board, USB 3.0", 25, "EA", "180.00", eccn="EAR99", part="KTD-IFB-3")],
        destinations=["IR"],
        findings=[finding("The destination, Iran, is in Country Group E:1; exports are subject to the embargo in "
                          "15 CFR 746.7 and a general policy of denial.", "15 CFR 746.7")])
    bis.omit = {"intermediate"}
    _emit_xml(C, f, "bis748p_z823977.xml", bis, "snake-attributes", dict(date="dmy", item_money="plain"),
              ["snake_case XML BIS-748P", "E:1 destination (Iran) -> finding", "ECCN with deep paragraph 6A003.b.4.b"])

    # ------------------------------------------------------------------ 19 BIS-748P (embedded XML) + BIS-711 AcroForm
    f = "19-bis748p-600series-ae"
    C.package(f, "BIS-748P for 600-series items to the UAE as a cover-sheet PDF with embedded XML, plus a BIS-711 "
                 "as a fillable form.")
    items = [Item("Main landing gear retraction actuator, military transport aircraft", 6, "EA", "48500.00",
                  eccn="9A610.x", part="PAS-MLG-RA-2"),
             Item("Composite wing access panel set, military transport aircraft", 12, "SET", "7900.00", eccn="9A610.x",
                  part="PAS-WAP-17")]
    bis = Filing(
        "BIS-748P", ids={"applicationControlNumber": "Z826140"}, dates={"submitted": "2026-05-18"},
        fields={"contact": "Sandra L. Whitcombe", "phone": "(480) 555-0166", "fax": "(480) 555-0167F",
                "apptype": "Export", "docs": "BIS-711 Statement by Ultimate Consignee and Purchaser",
                "docsonfile": "Falaj purchase order FDS-PO-2026-118", "special": "None", "acn_resub": "None",
                "enduse": "Spares for UAE Armed Forces military transport aircraft depot maintenance.",
                "additional": "600 series items; BIS-711 attached.",
                "cert": ["Sandra L. Whitcombe", "Vice President, Contracts & Compliance", "2026-05-18"]},
        parties=[("applicant", "applicant", PINECREST), ("purchaser", "purchaser", FALAJ),
                 ("ultimate", "ultimateConsignee", FALAJ), ("enduser", "endUser", GHQ)],
        items=items, destinations=["AE"])
    bis.omit = {"intermediate"}
    _emit_embedded(C, f, "BIS-748P_cover_Z826140.pdf", bis, "deccs-elements",
                   dict(root="BIS748PApplication", date="iso", money="plain", schema="1.4"),
                   ["cover-sheet PDF with the BIS-748P as an embedded XML attachment (DECCS-like element dialect)",
                    "600-series ECCN 9A610.x"],
                   "Export License Application - Submission Package",
                   ["Form BIS-748P (Multipurpose Application)", "Prepared with the applicant's export management system",
                    "Supporting document: Form BIS-711 (separate file)"],
                   meta("BIS-748P cover", "Pinecrest Aerostructures, Inc.", creator="ExportDesk 7"),
                   att="bis748p.xml")
    b711 = Filing(
        "BIS-711", dates={"submitted": "2026-05-06"},
        fields={"para1": "Single application (this statement supports one license application only)",
                "enduse": "The items will be used by the ultimate consignee as spare parts for the depot "
                          "maintenance of military transport aircraft of the UAE Armed Forces and will not be "
                          "reexported or transferred without U.S. Government authorization.",
                "sig_consignee": ["Khalid Saeed Al Mansoori", "Chief Executive Officer", "06 May 2026"],
                "sig_purchaser": ["Khalid Saeed Al Mansoori", "Chief Executive Officer", "06 May 2026"]},
        parties=[("ultimate", "ultimateConsignee", FALAJ), ("purchaser", "purchaser", FALAJ),
                 ("applicant", "applicant", PINECREST)],
        items=[Item(i.desc, i.qty, i.unit, eccn=i.eccn, part=i.part) for i in items], destinations=["AE"])
    b711.total = None
    n = render_acro(b711, C.path(f, "BIS-711_Falaj.pdf"),
                    dict(names="block", show_labels="full", date="dmy"), meta("BIS-711", "Falaj Defence Solutions LLC",
                                                                              creator="Adobe Acrobat Pro"))
    t = b711.truth("pdf", n)
    t["parties"].append({"role": "foreignSignatory", "name": "Khalid Saeed Al Mansoori",
                         "title": "Chief Executive Officer", "country": "AE"})
    C.add(f, "BIS-711_Falaj.pdf", "acroform-pdf", t,
          ["BIS-711 fillable form (block5_... field names) signed once for consignee and purchaser",
           "items without prices"])

    # ------------------------------------------------------------------ 20 BIS-748P XFDL + BIS-711 on letterhead
    f = "20-bis748p-xfdl-tw"
    C.package(f, "BIS-748P in the XFDL-like dialect with a BIS-711 given as a statement on company letterhead.")
    items = [Item("Stabilized two-axis gimbal assembly for military unmanned aircraft EO/IR turret", 20, "EA",
                  "12800.00", eccn="9A610.x", part="BPO-GMB-2X"),
             Item("Visible-band objective lens assembly, 75 mm", 20, "EA", "940.00", eccn="EAR99", part="BPO-VL75")]
    bis = Filing(
        "BIS-748P", ids={"applicationControlNumber": "Z829902"}, dates={"submitted": "2026-07-22"},
        fields={"contact": "Thomas J. Okafor", "phone": "585-555-0117", "fax": "585-555-0118F", "apptype": "Export",
                "docs": "Statement by ultimate consignee and purchaser on company letterhead",
                "docsonfile": "Yushan purchase order YPO-2026-0457", "special": "None", "acn_resub": "None",
                "enduse": "Integration into EO/IR turrets for Republic of China (Taiwan) Army unmanned aircraft.",
                "additional": "Letterhead statement in lieu of Form BIS-711 (15 CFR 748.11).",
                "cert": ["Thomas J. Okafor", "Empowered Official", "July 22, 2026"]},
        parties=[("applicant", "applicant", BRAMBLEWOOD), ("purchaser", "purchaser", YUSHAN),
                 ("ultimate", "ultimateConsignee", YUSHAN), ("enduser", "endUser", YUSHAN)],
        items=items, destinations=["TW"])
    bis.omit = {"intermediate"}
    _emit_xml(C, f, "BIS748P_Z829902.xfdl.xml", bis, "xfdl-form", dict(date="long", item_money="dollar",
                                                                         serial="Z829902", formversion="6-2023"),
              ["XFDL-like BIS-748P", "600-series item with EAR99 item on the same application"])
    from .letters import bis711_letterhead
    bis711_letterhead(C, f, "BIS-711_letterhead_Yushan.pdf", YUSHAN, BRAMBLEWOOD, items, "2026-07-10",
                      "Chen Wei-Ting", "General Manager")
