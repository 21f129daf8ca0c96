"""Hand-written mention -> code cases, one or more for every resolution rule.

Each case is a short text with the mention in [brackets], the article date, and the
expected country (or international) code and primary sector (None: none expected).
The text is parsed and annotated up to the actors annotator; the bracketed span is
resolved with ``actor_ref``, as events and quotes do.
"""

from __future__ import annotations

import pytest
from helpers import context_through

from eventwire.annotators.actors import actor_ref

D = "2023-03-08"

# (text with [mention], date, code, primary sector)
COUNTRIES = [
    ("[Iraq] rejected the plan on Monday.", D, "IRQ", None),
    ("[The United States] rejected the plan.", D, "USA", None),
    ("[The U.S.] rejected the plan.", D, "USA", None),
    ("[The US] rejected the plan.", D, "USA", None),
    ("[America] rejected the plan.", D, "USA", None),
    ("[Britain] rejected the plan.", D, "GBR", None),
    ("[The UK] rejected the plan.", D, "GBR", None),
    ("[Great Britain] rejected the plan.", D, "GBR", None),
    ("[Russia] rejected the plan.", D, "RUS", None),
    ("[China] rejected the plan.", D, "CHN", None),
    ("[Ivory Coast] rejected the plan.", D, "CIV", None),
    ("[South Korea] rejected the plan.", D, "KOR", None),
    ("[North Korea] rejected the plan.", D, "PRK", None),
    ("[Myanmar] rejected the plan.", D, "MMR", None),
    ("[Burma] rejected the plan.", D, "MMR", None),
    ("[Syria] rejected the plan.", D, "SYR", None),
    ("[Turkey] rejected the plan.", D, "TUR", None),
    ("[Iran] rejected the plan.", D, "IRN", None),
    ("[Germany] rejected the plan.", D, "DEU", None),
    ("[The Netherlands] rejected the plan.", D, "NLD", None),
    ("[The Philippines] rejected the plan.", D, "PHL", None),
    ("[Saudi Arabia] rejected the plan.", D, "SAU", None),
    ("[The United Arab Emirates] rejected the plan.", D, "ARE", None),
    ("[The UAE] rejected the plan.", D, "ARE", None),
    ("[Kosovo] rejected the plan.", D, "KOS", None),
    ("[Palestine] rejected the plan.", D, "PSE", None),
    ("[Taiwan] rejected the plan.", D, "TWN", None),
    ("[Vietnam] rejected the plan.", D, "VNM", None),
    ("[Czechia] rejected the plan.", D, "CZE", None),
    ("[Bolivia] rejected the plan.", D, "BOL", None),
    ("Troops moved into [the Gaza Strip].", D, "PSE", None),
    ("Israel shelled [the West Bank].", D, "PSE", None),
    ("Fighting spread to [Darfur].", D, "SDN", None),
    ("[Chad] rejected the plan.", D, "TCD", None),
]
DEMONYMS = [
    ("[Iraqis] voted on Sunday.", D, "IRQ", None),
    ("[Americans] voted on Tuesday.", D, "USA", None),
    ("[Palestinians] marched in Ramallah.", D, "PSE", None),
    ("[The Israelis] refused.", D, "ISR", None),
    ("[Britons] left the resort.", D, "GBR", None),
    ("[The Iraqi] delegation left.", D, "IRQ", "GOV"),
    ("[Iranian] officials met.", D, "IRN", "GOV"),
    ("[The Japanese] were not consulted.", D, "JPN", None),
]
SECTORS = [
    ("[Iraqi lawmakers] voted.", D, "IRQ", "LEG"),
    ("[A Kenyan MP] resigned.", D, "KEN", "LEG"),
    ("[The Iraqi parliament] voted.", D, "IRQ", "LEG"),
    ("[US senators] objected.", D, "USA", "LEG"),
    ("[Iraqi police] arrested two men.", D, "IRQ", "COP"),
    ("[French troops] withdrew.", D, "FRA", "MIL"),
    ("[British soldiers] withdrew.", D, "GBR", "MIL"),
    ("[The Syrian army] advanced.", D, "SYR", "MIL"),
    ("[Russian forces] advanced.", D, "RUS", "MIL"),
    ("[US military personnel] left.", D, "USA", "MIL"),
    ("[An Israeli general] spoke.", D, "ISR", "MIL"),
    ("[Indian warplanes] struck the camp.", D, "IND", "MIL"),
    ("[A Kenyan judge] ruled.", D, "KEN", "JUD"),
    ("[Egypt's highest court] ruled.", D, "EGY", "JUD"),
    ("[Egyptian protesters] gathered.", D, "EGY", "CVL"),
    ("[Iraqi civilians] fled.", D, "IRQ", "CVL"),
    ("[Sudanese activists] called for calm.", D, "SDN", "CVL"),
    ("[Somali refugees] crossed the border.", D, "SOM", "REF"),
    ("[Turkish journalists] were detained.", D, "TUR", "JRN"),
    ("[An Iraqi news agency] reported it.", D, "IRQ", "JRN"),
    ("[Indian farmers] blocked roads.", D, "IND", "AGR"),
    ("[Brazilian students] marched.", D, "BRA", "EDU"),
    ("[Nigerian doctors] went on strike.", D, "NGA", "MED"),
    ("[Afghan rebels] attacked.", D, "AFG", "REB"),
    ("[Colombian guerrillas] attacked.", D, "COL", "REB"),
    ("[Pakistani militants] attacked.", D, "PAK", "REB"),
    ("[Israeli intelligence] warned.", D, "ISR", "SPY"),
    ("[Mexican businessmen] complained.", D, "MEX", "BUS"),
    ("[German workers] went on strike.", D, "DEU", "LAB"),
    ("[Iranian clerics] condemned it.", D, "IRN", "REL"),
    ("[The Egyptian government] denied it.", D, "EGY", "GOV"),
    ("[The Russian foreign ministry] denied it.", D, "RUS", "GOV"),
    ("[The Chinese president] arrived.", D, "CHN", "GOV"),
    ("[The French prime minister] arrived.", D, "FRA", "GOV"),
    ("[Ukrainian officials] said so.", D, "UKR", "GOV"),
    ("[The Venezuelan opposition] protested.", D, "VEN", "OPP"),
    ("[Iraqi Kurds] protested.", D, "IRQ", "CVL"),
    ("[A Lebanese militia] fired rockets.", D, "LBN", "PRM"),
    ("[The Iraqi ambassador] was summoned.", D, "IRQ", "GOV"),
    ("[Cuban diplomats] were expelled.", D, "CUB", "GOV"),
    ("[Iraqi authorities] denied it.", D, "IRQ", "GOV"),
    ("[The Saudi king] arrived.", D, "SAU", "GOV"),
    ("[The Thai junta] banned protests.", D, "THA", "GOV"),
    ("[Chinese police officers] arrived.", D, "CHN", "COP"),
    ("[Egyptian security forces] raided the office.", D, "EGY", "COP"),
    ("[Kenyan prisoners] escaped.", D, "KEN", "CRM"),
    ("[Ethiopian migrants] drowned.", D, "ETH", "REF"),
    ("[The Polish Sejm] voted.", D, "POL", "LEG"),
]
METONYMS = [
    ("[Washington] imposed sanctions.", D, "USA", "GOV"),
    ("[Moscow] denied the report.", D, "RUS", "GOV"),
    ("[Beijing] denied the report.", D, "CHN", "GOV"),
    ("[Tehran] denied the report.", D, "IRN", "GOV"),
    ("[Damascus] denied the report.", D, "SYR", "GOV"),
    ("[Ankara] denied the report.", D, "TUR", "GOV"),
    ("[The Kremlin] denied the report.", D, "RUS", "GOV"),
    ("[The White House] denied the report.", D, "USA", "GOV"),
    ("[The Pentagon] denied the report.", D, "USA", "GOV"),
    ("[Downing Street] denied the report.", D, "GBR", "GOV"),
    ("[The Elysee] denied the report.", D, "FRA", "GOV"),
    ("[Capitol Hill] objected.", D, "USA", "LEG"),
    ("The minister flew to [Baghdad] on Monday.", D, "IRQ", None),
    ("Protests spread in [Moscow] on Sunday.", D, "RUS", None),
    ("The decision was taken by [London].", D, "GBR", "GOV"),
    ("[Washington's] decision angered allies.", D, "USA", "GOV"),
]
ORGANISATIONS = [
    ("[The UN] condemned the attack.", D, "UNO", None),
    ("[The United Nations] condemned the attack.", D, "UNO", None),
    ("[The U.N.] condemned the attack.", D, "UNO", None),
    ("[UN peacekeepers] were deployed.", D, "UNO", "MIL"),
    ("[The UN Security Council] met.", D, "UNO", "GOV"),
    ("[NATO] condemned the attack.", D, "IGO", "MIL"),
    ("[The EU] condemned the attack.", D, "EUR", None),
    ("[The European Union] condemned the attack.", D, "EUR", None),
    ("[The European Commission] proposed a fine.", D, "EUR", "GOV"),
    ("[The African Union] condemned the coup.", D, "IGO", None),
    ("[The Arab League] met in Cairo.", D, "IGO", None),
    ("[OPEC] cut output.", D, "IGO", "BUS"),
    ("[The IAEA] inspected the site.", D, "UNO", None),
    ("[The World Health Organization] warned.", D, "UNO", "MED"),
    ("[The ICC] issued a warrant.", D, "IGO", "JUD"),
    ("[The World Bank] approved a loan.", D, "IGO", "BUS"),
    ("[Amnesty International] criticised the verdict.", D, "NGO", "SOC"),
    ("[The Red Cross] delivered aid.", D, "NGO", "MED"),
    ("[A human rights group] protested.", D, "NGO", None),
    ("[ECOWAS] suspended Mali.", D, "IGO", None),
    ("[The IMF] approved the loan.", D, "IGO", "BUS"),
    ("[UNHCR] registered the refugees.", D, "UNO", "REF"),
]
GROUPS = [
    ("[Islamic State] claimed the attack.", D, "IMG", "REB"),
    ("[ISIS] claimed the attack.", D, "IMG", "REB"),
    ("[ISIL] claimed the attack.", D, "IMG", "REB"),
    ("[Daesh] claimed the attack.", D, "IMG", "REB"),
    ("[The Daesh terrorist group] claimed the attack.", D, "IMG", "REB"),
    ("[Hezbollah] fired rockets.", D, "LBN", "REB"),
    ("[Hamas] fired rockets.", D, "PSE", "REB"),
    ("[Al-Qaeda] claimed the attack.", D, "IMG", "REB"),
    ("[The Houthis] fired missiles.", D, "YEM", "REB"),
    ("[Ansar Allah] fired missiles.", D, "YEM", "REB"),
    ("[The Popular Mobilization Forces] deployed.", D, "IRQ", "PRM"),
    ("[The PMF] deployed.", D, "IRQ", "PRM"),
    ("[Hashd al-Shaabi] deployed.", D, "IRQ", "PRM"),
    ("[The PKK] attacked a base.", D, "TUR", "REB"),
    ("[Boko Haram] kidnapped pupils.", D, "NGA", "REB"),
    ("[Al-Shabaab] attacked a hotel.", D, "SOM", "REB"),
    ("[The FARC] signed the accord.", D, "COL", "REB"),
    ("[The Wagner Group] withdrew.", D, "RUS", "PRM"),
    ("[The IRGC] seized a tanker.", D, "IRN", "MIL"),
    ("[Hezbollah fighters] crossed the border.", D, "LBN", "REB"),
    ("[A Taliban spokesman] denied it.", "2010-05-01", "AFG", "REB"),
    ("[The Revolutionary Guards] seized a tanker.", D, "IRN", "MIL"),
]
DATES = [
    ("[The Taliban] attacked a base.", "2010-05-01", "AFG", "REB"),
    ("[The Taliban] issued a decree.", "2022-05-01", "AFG", "GOV"),
    ("[The Taliban] issued a decree.", "1998-05-01", "AFG", "GOV"),
    ("[Obama] spoke on Monday.", "2010-05-01", "USA", "GOV"),
    ("[Obama] spoke on Monday.", "2020-05-01", "USA", "ELI"),
    ("[Trump] spoke on Monday.", "2018-05-01", "USA", "GOV"),
    ("[Trump] spoke on Monday.", "2022-05-01", "USA", "ELI"),
    ("[Trump] spoke on Monday.", "2025-06-01", "USA", "GOV"),
    ("[Trump] spoke on Monday.", "2010-06-01", "USA", None),
    ("[Saddam Hussein] spoke on Monday.", "1995-05-01", "IRQ", "GOV"),
    ("[Saddam Hussein] spoke in court.", "2005-05-01", "IRQ", "ELI"),
    ("[Netanyahu] spoke on Monday.", "2003-05-01", "ISR", "ELI"),
    ("[Netanyahu] spoke on Monday.", "2023-05-01", "ISR", "GOV"),
    ("[Vladimir Putin] spoke on Monday.", D, "RUS", "GOV"),
    ("[Putin] spoke on Monday.", D, "RUS", "GOV"),
    ("[President Xi Jinping] spoke on Monday.", D, "CHN", "GOV"),
    ("[Kofi Annan] spoke on Monday.", "2000-05-01", "UNO", "GOV"),
    ("[Mugabe] spoke on Monday.", "2000-05-01", "ZWE", "GOV"),
]
COMPOSITION = [
    ("[Syria's foreign ministry] condemned it.", D, "SYR", "GOV"),
    ("[Iraq's al-Maluma news agency] reported it.", D, "IRQ", "JRN"),
    ("[Pentagon chief Lloyd Austin] arrived.", D, "USA", "GOV"),
    ("[Kremlin spokesman Dmitry Peskov] said so.", D, "RUS", "GOV"),
    (
        "[US Chairman of the Joint Chiefs of Staff General Mark Milley] arrived.",
        D,
        "USA",
        "MIL",
    ),
    ("[The president of Armenia] arrived.", D, "ARM", "GOV"),
    ("[Rebels in Darfur] attacked.", D, "SDN", "REB"),
    ("[Security forces in Guinea] opened fire.", D, "GIN", "COP"),
    ("[The Saudi-led coalition] struck Sanaa.", D, "SAU", None),
    ("[Saudi-led forces] struck Sanaa.", D, "SAU", "MIL"),
    ("[The US-led coalition] struck.", D, "USA", None),
    ("[NATO-member Norway] objected.", D, "NOR", None),
    ("[A prominent anti-Syria journalist] was killed.", D, None, "JRN"),
    ("[Israeli army] bulldozers demolished homes.", D, "ISR", "MIL"),
    ("He died in [Israeli police] custody.", D, "ISR", "COP"),
    ("[U.S. border patrol agents] detained them.", D, "USA", "COP"),
    ("[Former French president Nicolas Sarkozy] spoke.", D, "FRA", "ELI"),
    ("[Ousted president Omar Diallo] fled.", D, None, "ELI"),
    ("[The Iraqi defence minister] resigned.", D, "IRQ", "GOV"),
    ("[Russia's defence ministry] said so.", D, "RUS", "GOV"),
    ("[The speaker of the Iraqi parliament] resigned.", D, "IRQ", "LEG"),
    ("[Iraqi leader Ali Hassan] spoke.", D, "IRQ", "GOV"),
    ("[Vietnamese-led forces] advanced.", D, "VNM", "MIL"),
    ("[Opposition groups in Zimbabwe] protested.", D, "ZWE", "OPP"),
    ("[The ruling party in Kenya] won.", D, "KEN", "PTY"),
    ("[Hamas leader Ali Baraka] spoke.", D, "PSE", "REB"),
    ("[The head of the Iraqi army] resigned.", D, "IRQ", "MIL"),
    ("[The pro-Iranian militias] fired.", D, None, "PRM"),
    ("[Arab League Secretary General Amr Moussa] spoke.", D, "IGO", "GOV"),
    ("[The Turkish side] agreed.", D, "TUR", None),
]
APPOSITION = [
    ("[Ali Hassan], an Iraqi lawmaker, said so.", D, "IRQ", "LEG"),
    ("[John Smith], the British ambassador, said so.", D, "GBR", "GOV"),
    ("John Smith, [the British ambassador], said so.", D, "GBR", "GOV"),
    ("[Abu Ali], the PMF deputy head, was killed.", D, "IRQ", "PRM"),
    ("[Maria Lopez], a Mexican journalist, was killed.", D, "MEX", "JRN"),
    ("The ministry said [Ahmed Aziz], a Syrian general, defected.", D, "SYR", "MIL"),
]
COORDINATION = [
    ("Senior [Hungarian] and Romanian officials agreed.", D, "HUN", "GOV"),
    ("Senior Hungarian and [Romanian] officials agreed.", D, "ROU", "GOV"),
    ("[Jordan] and Britain agreed.", D, "JOR", None),
    ("Jordan and [Britain] agreed.", D, "GBR", None),
    ("Sanctions hit Iran, [Libya], North Korea and Cuba.", D, "LBY", None),
    ("Sanctions hit Iran, Libya, [North Korea] and Cuba.", D, "PRK", None),
    ("The [Turkish] and Greek sides agreed.", D, "TUR", None),
]
COREFERENCE = [
    ("Iraqi lawmaker Ali Hassan spoke on Monday. [Hassan] said the vote failed.", D, "IRQ", "LEG"),
    ("Iraqi lawmaker Ali Hassan spoke on Monday. [He] said the vote failed.", D, "IRQ", "LEG"),
    (
        "Iraqi lawmaker Ali Hassan spoke on Monday. The vote failed, [the lawmaker] said.",
        D,
        "IRQ",
        "LEG",
    ),
    (
        "Russia's defence ministry denied the report. [The ministry] added that no jets flew.",
        D,
        "RUS",
        "GOV",
    ),
    ("Syrian Foreign Ministry condemned it. Later [the ministry] said more.", D, "SYR", "GOV"),
    (
        "Kenya held a vote. [The country's parliament] approved the law.",
        D,
        "KEN",
        "LEG",
    ),
    ("Kenya held a vote. The law passed in [the country].", D, "KEN", None),
    ("Washington kept [its] forces in Iraq.", D, "USA", "GOV"),
    ("Washington kept [its forces] in Iraq.", D, "USA", "MIL"),
    (
        "The US withdrew soldiers in 2011. It redeployed [them] in 2014.",
        D,
        "USA",
        "MIL",
    ),
    (
        "American troops remain in Iraq. Iraqi groups vowed to expel [the Americans].",
        D,
        "USA",
        "MIL",
    ),
    ("[The Americans] were not consulted.", D, "USA", None),
    (
        "Syrian President Bashar al-Assad met envoys. [Assad] said the war was over.",
        "2020-01-01",
        "SYR",
        "GOV",
    ),
    (
        "French President Emmanuel Macron arrived. [The French president] spoke briefly.",
        D,
        "FRA",
        "GOV",
    ),
    (
        "The Egyptian army moved in. Witnesses said [the army] fired.",
        D,
        "EGY",
        "MIL",
    ),
    (
        "Iraq defeated Daesh. The end of the Takfiri outfit in [the country] came in 2017.",
        D,
        "IRQ",
        None,
    ),
    (
        "Iraq fought the Daesh terrorist group. [The Takfiri outfit] lost its territory.",
        D,
        "IMG",
        "REB",
    ),
    (
        "The US military ended its mission, but [it] still keeps troops there.",
        D,
        "USA",
        "MIL",
    ),
    (
        "Iraq's army fought well. [The national army] was backed by Iran.",
        D,
        "IRQ",
        "MIL",
    ),
    (
        "Pentagon chief Lloyd Austin visited Iraq. [Austin's] visit was unannounced.",
        D,
        "USA",
        "GOV",
    ),
]
UNKNOWN = [
    ("[John Smith] said so.", D, None, None),
    ("[The lawmaker] said so.", D, None, "LEG"),
    ("[Police] said two people died.", D, None, "COP"),
    ("[Gunmen] attacked a bus.", D, None, "REB"),
    ("[A spokesman] declined to comment.", D, None, "GOV"),
    ("[The ministry] said so.", D, None, "GOV"),
    ("[Protesters] blocked the road.", D, None, "CVL"),
    ("[Acme Widgets Ltd] said so.", D, None, None),
    ("[He] said so.", D, None, None),
    ("[They] said so.", D, None, None),
]
ETHNIC = [
    ("Croatia failed [Croatian Serb refugees].", D, "HRV", "REF"),
    ("[Ethnic Albanians in south Serbia] protested.", D, "SRB", "CVL"),
    ("[Kosovo Albanians] protested.", D, "KOS", "CVL"),
    ("[Iraqi Kurds] marched.", D, "IRQ", "CVL"),
    ("[Bosnian Serbs] said their forces left.", D, "BIH", "CVL"),
]
NAMES = [
    ("I watched [Larry King] on television.", D, None, None),
    ("I watched Larry King. [Mr. King] said he was happy.", D, None, None),
    ("[The King of Jordan] spoke.", D, "JOR", "GOV"),
    ("[Chad Smith] said so.", D, None, None),
    ("He appeared on [RT America].", D, None, None),
    ("[Radical French farmers] blocked roads.", D, "FRA", "AGR"),
    ("Troops entered [northern Iraq].", D, "IRQ", None),
    # a surname before the full name joins that person's chain and code (one person, one code)
    ("[Mrs. Clinton] spoke. Hillary Clinton is a former senator.", D, "USA", "ELI"),
    ("Hillary Clinton spoke. Later [Mrs. Clinton] left.", "2016-01-01", "USA", "ELI"),
    ("Hillary Clinton spoke. Trump said [she] lied.", "2016-01-01", "USA", "ELI"),
    ("Ban Ki-moon arrived. [Mr. Ban] spoke.", "2010-01-01", "UNO", "GOV"),
    ("Moscow denied [it].", D, None, None),
    ("Washington imposed sanctions. [The US administration] defended them.", D, "USA", "GOV"),
]
PLACES = [
    ("[A Christian missionary from Calgary] was expelled.", D, "CAN", "REL"),
    ("[Baghdad residents] fled.", D, "IRQ", "CVL"),
]
CONTEXT = [
    # a titled official no dictionary knows, in a text that names one country only
    ("[President Ilario Venturesi] broke his promise to the Malawian people.", D, "MWI", "GOV"),
    ("[Minister Kofi Barnor] said Ghana would cut taxes.", D, "GHA", "GOV"),
    ("[Ousted President Ilario Venturesi] fled Malawi at night.", D, "MWI", "ELI"),
    # two countries named: no country is guessed
    ("[President Ilario Venturesi] met Kenya's envoy in Malawi.", D, None, "GOV"),
]

CASES = (
    COUNTRIES
    + DEMONYMS
    + SECTORS
    + METONYMS
    + ORGANISATIONS
    + GROUPS
    + DATES
    + COMPOSITION
    + APPOSITION
    + COORDINATION
    + COREFERENCE
    + UNKNOWN
    + CONTEXT
    + ETHNIC
    + PLACES
    + NAMES
)


def _code(coder, text: str, date: str):
    start = text.index("[")
    end = text.index("]") - 1
    plain = text.replace("[", "", 1).replace("]", "", 1)
    ctx = context_through(coder, plain, date)
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    assert span is not None
    return actor_ref(ctx, span)


def test_actors_resolve_has_enough_cases():
    assert len(CASES) >= 200


@pytest.mark.parametrize(("text", "date", "code", "sector"), CASES)
def test_actors_resolve(coder, text, date, code, sector):
    if "[" not in text:
        pytest.skip("no mention marked")
    ref = _code(coder, text, date)
    got = (ref.code, ref.sectors[0] if ref.sectors else None)
    assert got == (code, sector), f"{text!r}: {ref}"


def test_actors_resolve_capital_is_its_government(coder):
    """ "Washington" acting and "the US administration" are one actor."""
    a = coder.code("Washington imposed sanctions. The US administration defended them.")
    ents = [e for e in a.entities if e.code == "USA" and e.sectors[:1] == ["GOV"]]
    assert len(ents) == 1 and len(ents[0].mentions) == 2
