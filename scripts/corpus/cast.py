"""Fictitious companies and people. Any resemblance to real firms is unintended."""
from .common import P

# ---- United States applicants, manufacturers, consignors, forwarders
HALVORSEN = P("Halvorsen Avionics Corporation", "US", ["2250 North Rock Road", "Building 4"], "Wichita", "KS", "67226",
              "us", "+1 316 555 0142")
CORVAL = P("Corval Signal Technologies, Inc.", "US", ["600 Technology Park Drive"], "Billerica", "MA", "01821", "us",
           "(978) 555-0190")
BRAMBLEWOOD = P("Bramblewood Precision Optics, Inc.", "US", ["14 Ferncliff Road"], "Rochester", "NY", "14623", "us",
                "585-555-0117")
PINECREST = P("Pinecrest Aerostructures, Inc.", "US", ["8800 Airport Boulevard", "Suite 300"], "Mesa", "AZ", "85212",
              "us", "(480) 555-0166")
LANARK = P("Lanark Microwave Devices, Inc.", "US", ["431 Innovation Way"], "Huntsville", "AL", "35806", "us",
           "256.555.0133")
OSPREY = P("Osprey Bay Marine Systems, Inc.", "US", ["1 Harbor Point Road"], "Portsmouth", "VA", "23704", "us",
           "(757) 555-0108")
KEYSTONE = P("Keystone Thermal Dynamics LLC", "US", ["95 Mill Race Lane"], "York", "PA", "17402", "us",
             "717-555-0181")
TESSARAE = P("Tessarae Photonics Corp.", "US", ["3100 Kifer Road"], "Santa Clara", "CA", "95051", "us",
             "+1 408 555 0175")
SILVERLINE = P("Silverline Global Forwarding, Inc.", "US", ["150-12 Rockaway Boulevard"], "Jamaica", "NY", "11434",
               "us", "(718) 555-0102")
GULFSTAR_FF = P("Gulf Star Logistics LLC", "US", ["2800 NW 105th Avenue"], "Doral", "FL", "33172", "us",
                "305-555-0159")
COBALT = P("Cobalt Meridian Systems LLC", "US", ["7 Research Drive"], "Melbourne", "FL", "32904", "us",
           "(321) 555-0124")
ANVIL = P("Anvil Creek Ordnance Corporation", "US", ["4400 Quarry Road"], "Camden", "AR", "71701", "us",
          "870-555-0139")

# ---- Foreign parties (addresses in local formats)
NORDWERK = P("Nordwerk Wehrtechnik GmbH", "DE", ["Werftstraße 112"], "Kiel", None, "24143", "eu")
BAYERN_LOG = P("Isartal Logistik GmbH & Co. KG", "DE", ["Lilienthalstraße 7"], "Hallbergmoos", None, "85399", "eu")
BUNDESAMT = P("Wehrtechnische Dienststelle 91 (Bundeswehr)", "DE", ["Am Schießplatz"], "Meppen", None, "49716", "eu")
ASHCOMBE = P("Ashcombe Defence Systems Ltd", "GB", ["Unit 4, Brookfield Park", "Lynchford Road"], "Farnborough",
             "Hampshire", "GU14 6XE", "gb")
TAMAR = P("Tamar Valley Engineering Ltd", "GB", ["Pottery Quay", "Pottery Road"], "Plymouth", "Devon", "PL1 4QN",
          "gb")
KISARAGI = P("Kisaragi Heavy Electronics K.K.", "JP", ["2-7-1 Marunouchi", "Chiyoda-ku"], "Tokyo", None, "100-0005",
             "jp")
HANBIT = P("Hanbit Aerospace Co., Ltd.", "KR", ["88 Sacheon-daero", "Sanam-myeon"], "Sacheon-si", "Gyeongsangnam-do",
           "52529", "postal_city_region")
HANBIT_SEOUL = P("Hanbit Defense Solutions Co., Ltd.", "KR", ["123 Teheran-ro, Gangnam-gu"], "Seoul", None, "06133",
                 "city_postal")
BELLBIRD = P("Bellbird Defence Pty Ltd", "AU", ["Level 3, 41 Barrack Street"], "Fyshwick", "ACT", "2609", "au")
WARRAMUNGA = P("Warramunga Shipbuilding Pty Ltd", "AU", ["22 Mariner Way"], "Henderson", "WA", "6166", "au")
LAURENTIDE = P("Laurentide Marine Systems Inc.", "CA", ["1800 Barrington Street", "Suite 900"], "Halifax", "NS",
               "B3J 3K8", "ca")
VAUCLAIR = P("Vauclair Optronique SAS", "FR", ["14 rue des Frères Lumière", "ZI des Chartreux"], "Aubagne", None,
             "13400", "eu")
BRENTA = P("Officine Brenta Difesa S.p.A.", "IT", ["Via dell'Industria 45"], "Padova", "PD", "35129", "eu_it")
ZEELAND = P("Zeeland Radar Techniek B.V.", "NL", ["Havenweg 31"], "Vlissingen", None, "4382 NC", "eu")
FJELLVIK = P("Fjellvik Forsvarsteknologi AS", "NO", ["Kirkegårdsveien 45"], "Kongsberg", None, "3616", "eu")
CARMEL = P("Carmel Ridge Electro-Optics Ltd.", "IL", ["12 HaMada Street"], "Yokneam Illit", None, "2069206", "city_postal")
NAKHEEL = P("Al-Nakheel Advanced Industries Co.", "SA", ["King Fahd Road, Al Olaya District", "P.O. Box 58112"],
            "Riyadh", None, "11594", "city_postal")
FALAJ = P("Falaj Defence Solutions LLC", "AE", ["Office 1204, Al Maqam Tower", "Al Maryah Island"], "Abu Dhabi", None,
          None, "city_only")
VINDHYA = P("Vindhya Aerospace Pvt. Ltd.", "IN", ["Plot 27, KIADB Aerospace Park", "Devanahalli"], "Bengaluru",
            "Karnataka", "562149", "in")
KESTREL = P("Straits Kestrel Engineering Pte. Ltd.", "SG", ["21 Tuas South Avenue 6"], "Singapore", None, "637025",
            "city_postal")
YUSHAN = P("Yushan Precision Optics Co., Ltd.", "TW", ["No. 66, Keya Road, Daya District"], "Taichung City", None,
           "428", "city_postal")
WISLOK = P("Wislok Zaklady Elektroniczne Sp. z o.o.", "PL", ["ul. Przemyslowa 18"], "Rzeszów", None, "35-105", "eu")
TAJO = P("Tajo Sistemas de Defensa S.L.", "ES", ["Calle de la Ribera del Loira 28"], "Madrid", None, "28042", "eu")
VANERN = P("Vänern Marinteknik AB", "SE", ["Hamngatan 9"], "Karlskrona", None, "371 32", "eu")
HUAXIN = P("Huaxin Tongda Electronics Co., Ltd.", "CN", ["No. 18 Kechuang 6th Street", "Yizhuang Economic Development Zone"],
           "Beijing", None, "100176", "city_postal")
VOLZHSKY = P("Volzhsky Priborostroitelny Zavod OOO", "RU", ["ul. Promyshlennaya, d. 14"], "Samara", None, "443022",
             "city_postal")
PAPHOS = P("Paphos Maritime Services Ltd", "CY", ["27 Poseidonos Avenue"], "Paphos", None, "8042", "eu")
CEDAR = P("Cedar Coast Security S.A.L.", "LB", ["Charles Malek Avenue, Achrafieh"], "Beirut", None, None, "city_only")
PARS = P("Pars Alborz Trading Company", "IR", ["No. 41, Vanak Square"], "Tehran", None, "1994834", "city_postal")
ORINOCO = P("Sistemas Orinoco C.A.", "VE", ["Av. Francisco de Miranda, Torre Delta, Piso 7"], "Caracas", None, "1060",
            "city_postal")
RNZN = P("Royal Norwegian Navy Materiel Command", "NO", ["Haakonsvern"], "Bergen", None, "5886", "eu")
KESTREL_MIN = P("Defence Science and Technology Agency", "SG", ["1 Depot Road"], "Singapore", None, "109679",
                "city_postal")
EMIRATI_GHQ = P("Falaj Defence Solutions LLC (for UAE Armed Forces GHQ)", "AE", ["Office 1204, Al Maqam Tower"],
                "Abu Dhabi", None, None, "city_only")
