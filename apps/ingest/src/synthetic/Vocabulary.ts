/** The cast and places of the synthetic corpus: public figures, organisations, invented local officials and cities, grouped by conflict. */

/** Which side a speaker tends to speak for, so quotes fit the speaker. */
export type Stance = "defender" | "attacker" | "mediator"

export interface Speaker {
  /** Full name as first introduced: "Volodymyr Zelensky". */
  readonly name: string
  /** How later sentences refer to them: "Zelensky", "the ministry". */
  readonly short: string
  /** Role written before the name: "Ukrainian President". */
  readonly role: string
  readonly kind: "person" | "organization"
  readonly stance: Stance
  /** Years in which the role fits; absent means any year. */
  readonly years?: readonly [number, number]
}

export interface City {
  readonly name: string
  /** Other spellings articles use ("Kiev", "KYIV"). */
  readonly variants?: ReadonlyArray<string>
  readonly region: string
}

/** Incident styles a side's forces are reported with. */
export type AttackStyle = "missile" | "drone" | "combined" | "shelling" | "airstrike" | "bombing" | "raid" | "glide bomb" | "rocket"

export interface Attacker {
  /** "Russian forces". */
  readonly forces: string
  /** "Russia": subject of "launched ... at". */
  readonly state: string
  /** "Russian". */
  readonly adjective: string
  readonly styles: ReadonlyArray<AttackStyle>
}

export interface Theatre {
  readonly name: string
  readonly weight: number
  /** Country whose places are hit (for "at Ukraine"). */
  readonly country: string
  readonly cities: ReadonlyArray<City>
  readonly attackers: ReadonlyArray<Attacker>
  readonly speakers: ReadonlyArray<Speaker>
  /** Who gives tolls: "the Gaza health ministry". */
  readonly tollSources: ReadonlyArray<string>
  /** Who counts intercepted drones and missiles, if anyone. */
  readonly airDefence: string | null
  /** Invented local officials: roles with `{city}`/`{region}`, names from these pools. */
  readonly localRoles: ReadonlyArray<string>
  readonly firstNames: ReadonlyArray<string>
  readonly lastNames: ReadonlyArray<string>
  /** Datelines' outlets and cited outlets that fit the region. */
  readonly outlets: ReadonlyArray<string>
  readonly years: readonly [number, number]
}

const person = (name: string, role: string, stance: Stance, years?: readonly [number, number], short?: string): Speaker => ({
  name,
  short: short ?? name.split(" ").at(-1)!,
  role,
  kind: "person",
  stance,
  ...(years === undefined ? {} : { years })
})

const body = (name: string, short: string, stance: Stance): Speaker => ({ name, short, role: "", kind: "organization", stance })

/** Figures who comment on every conflict. */
export const WORLD_SPEAKERS: ReadonlyArray<Speaker> = [
  person("Donald Trump", "US President", "mediator", [2025, 2030]),
  person("Donald Trump", "former US President", "mediator", [2021, 2024]),
  person("Joe Biden", "US President", "mediator", [2021, 2024]),
  person("Antony Blinken", "US Secretary of State", "mediator", [2021, 2024]),
  person("Marco Rubio", "US Secretary of State", "mediator", [2025, 2030]),
  person("Antonio Guterres", "UN Secretary-General", "mediator"),
  person("Emmanuel Macron", "French President", "mediator"),
  person("Olaf Scholz", "German Chancellor", "mediator", [2022, 2024]),
  person("Friedrich Merz", "German Chancellor", "mediator", [2025, 2030]),
  person("Keir Starmer", "British Prime Minister", "mediator", [2024, 2030]),
  person("Boris Johnson", "British Prime Minister", "mediator", [2020, 2022]),
  person("Ursula von der Leyen", "European Commission President", "mediator", undefined, "von der Leyen"),
  person("Recep Tayyip Erdogan", "Turkish President", "mediator"),
  person("Jonas Gahr Støre", "Norwegian Prime Minister", "mediator", [2021, 2030]),
  person("Tedros Adhanom Ghebreyesus", "WHO Director-General", "mediator", undefined, "Tedros"),
  person("Volker Türk", "UN High Commissioner for Human Rights", "mediator", [2022, 2030]),
  body("the International Committee of the Red Cross", "the ICRC", "mediator"),
  body("Amnesty International", "Amnesty", "mediator"),
  body("Human Rights Watch", "the group", "mediator")
]

export const WORLD_OUTLETS: ReadonlyArray<string> = [
  "Reuters", "AP", "AFP", "CNN", "BBC", "Bloomberg", "The New York Times", "The Washington Post", "The Guardian",
  "Axios", "Politico", "Sky News", "Financial Times", "The Wall Street Journal", "NBC News", "ABC News", "Der Spiegel", "Le Monde"
]

export const THEATRES: ReadonlyArray<Theatre> = [
  {
    name: "Ukraine",
    weight: 5,
    country: "Ukraine",
    years: [2020, 2030],
    cities: [
      { name: "Kyiv", variants: ["Kiev", "KYIV", "the capital"], region: "Kyiv" },
      { name: "Kharkiv", variants: ["Kharkov"], region: "Kharkiv" },
      { name: "Odesa", variants: ["Odessa"], region: "Odesa" },
      { name: "Dnipro", region: "Dnipropetrovsk" },
      { name: "Zaporizhzhia", region: "Zaporizhzhia" },
      { name: "Lviv", region: "Lviv" },
      { name: "Sumy", region: "Sumy" },
      { name: "Kherson", region: "Kherson" },
      { name: "Mykolaiv", region: "Mykolaiv" },
      { name: "Kryvyi Rih", region: "Dnipropetrovsk" },
      { name: "Chernihiv", region: "Chernihiv" },
      { name: "Poltava", region: "Poltava" },
      { name: "Pokrovsk", region: "Donetsk" },
      { name: "Kramatorsk", region: "Donetsk" },
      { name: "Sloviansk", region: "Donetsk" },
      { name: "Vinnytsia", region: "Vinnytsia" },
      { name: "Ternopil", region: "Ternopil" },
      { name: "Izmail", region: "Odesa" }
    ],
    attackers: [
      { forces: "Russian forces", state: "Russia", adjective: "Russian", styles: ["missile", "drone", "combined", "shelling", "glide bomb", "drone"] }
    ],
    speakers: [
      person("Volodymyr Zelensky", "Ukrainian President", "defender"),
      person("Andriy Yermak", "head of the Presidential Office", "defender", [2020, 2025]),
      person("Dmytro Kuleba", "Ukrainian Foreign Minister", "defender", [2020, 2024]),
      person("Andrii Sybiha", "Ukrainian Foreign Minister", "defender", [2024, 2030]),
      person("Denys Shmyhal", "Ukrainian Prime Minister", "defender", [2020, 2025]),
      person("Vitali Klitschko", "Kyiv Mayor", "defender"),
      person("Ihor Terekhov", "Kharkiv Mayor", "defender"),
      person("Oleh Syniehubov", "Kharkiv regional governor", "defender"),
      person("Dmytro Lubinets", "Ukraine's human rights commissioner", "defender", [2022, 2030]),
      body("the Ukrainian Air Force", "the Air Force", "defender"),
      body("the General Staff of the Armed Forces of Ukraine", "the General Staff", "defender"),
      body("the State Emergency Service", "rescuers", "defender"),
      person("Vladimir Putin", "Russian President", "attacker"),
      person("Dmitry Peskov", "Kremlin spokesman", "attacker"),
      person("Sergei Lavrov", "Russian Foreign Minister", "attacker"),
      person("Maria Zakharova", "Russian Foreign Ministry spokeswoman", "attacker"),
      person("Dmitry Medvedev", "deputy chairman of Russia's Security Council", "attacker"),
      body("the Russian Defence Ministry", "the ministry", "attacker"),
      person("Mark Rutte", "NATO Secretary General", "mediator", [2024, 2030]),
      person("Jens Stoltenberg", "NATO Secretary General", "mediator", [2020, 2024]),
      person("Rafael Grossi", "IAEA Director General", "mediator")
    ],
    tollSources: ["regional authorities", "the State Emergency Service", "the regional prosecutor's office", "the Interior Ministry", "local officials"],
    airDefence: "the Ukrainian Air Force",
    localRoles: [
      "head of the {region} regional military administration",
      "head of the {city} city military administration",
      "deputy mayor of {city}",
      "secretary of the {city} city council",
      "head of the {region} regional police",
      "spokesperson for the {region} regional administration"
    ],
    firstNames: ["Oleksandr", "Serhii", "Andrii", "Ivan", "Yurii", "Mykola", "Olena", "Iryna", "Nataliia", "Vadym", "Roman", "Taras", "Oksana", "Bohdan", "Halyna", "Petro", "Vitalii", "Kateryna"],
    lastNames: ["Hrynchuk", "Melnyk", "Kovalenko", "Bondar", "Tkachuk", "Savchenko", "Lysenko", "Marchenko", "Zhuravel", "Oliinyk", "Kravets", "Polishchuk", "Shevchuk", "Romaniuk", "Dovhan", "Ivashko", "Stepaniuk", "Moroz"],
    outlets: ["UNN", "Ukrinform", "Interfax-Ukraine", "Suspilne", "The Kyiv Independent", "Ukrainska Pravda", "RBC-Ukraine", "TASS", "RIA Novosti"]
  },
  {
    name: "Russia border",
    weight: 1,
    country: "Russia",
    years: [2022, 2030],
    cities: [
      { name: "Belgorod", region: "Belgorod" },
      { name: "Kursk", region: "Kursk" },
      { name: "Bryansk", region: "Bryansk" },
      { name: "Moscow", region: "Moscow" },
      { name: "Voronezh", region: "Voronezh" },
      { name: "Rostov-on-Don", region: "Rostov" }
    ],
    attackers: [
      { forces: "Ukrainian forces", state: "Ukraine", adjective: "Ukrainian", styles: ["drone", "drone", "shelling", "rocket"] }
    ],
    speakers: [
      person("Dmitry Peskov", "Kremlin spokesman", "defender"),
      person("Maria Zakharova", "Russian Foreign Ministry spokeswoman", "defender"),
      person("Sergei Sobyanin", "Moscow Mayor", "defender"),
      body("the Russian Defence Ministry", "the ministry", "defender"),
      person("Volodymyr Zelensky", "Ukrainian President", "attacker"),
      body("the General Staff of the Armed Forces of Ukraine", "the General Staff", "attacker")
    ],
    tollSources: ["the regional governor", "Russian emergency services", "local authorities"],
    airDefence: "the Russian Defence Ministry",
    localRoles: ["governor of the {region} region", "head of the {city} district", "acting governor of the {region} region", "mayor of {city}"],
    firstNames: ["Alexei", "Igor", "Nikolai", "Sergei", "Vyacheslav", "Andrei", "Olga", "Tatiana", "Yevgeny", "Pavel"],
    lastNames: ["Gusev", "Volkov", "Sorokin", "Belov", "Kuznetsov", "Orlov", "Zaitsev", "Semyonov", "Tarasov", "Lebedev"],
    outlets: ["TASS", "RIA Novosti", "Interfax", "Kommersant", "Meduza", "UNN"]
  },
  {
    name: "Gaza",
    weight: 3,
    country: "Gaza",
    years: [2023, 2030],
    cities: [
      { name: "Gaza City", region: "Gaza" },
      { name: "Khan Younis", variants: ["Khan Yunis"], region: "Gaza" },
      { name: "Rafah", region: "Gaza" },
      { name: "Deir al-Balah", region: "Gaza" },
      { name: "Jabalia", region: "Gaza" },
      { name: "Nuseirat", region: "Gaza" },
      { name: "Beit Lahia", region: "Gaza" },
      { name: "Jenin", region: "West Bank" },
      { name: "Tulkarm", region: "West Bank" },
      { name: "Nablus", region: "West Bank" }
    ],
    attackers: [
      { forces: "Israeli forces", state: "Israel", adjective: "Israeli", styles: ["airstrike", "airstrike", "shelling", "raid", "drone"] }
    ],
    speakers: [
      person("Benjamin Netanyahu", "Israeli Prime Minister", "attacker"),
      person("Yoav Gallant", "Israeli Defence Minister", "attacker", [2023, 2024]),
      person("Israel Katz", "Israeli Defence Minister", "attacker", [2024, 2030]),
      person("Isaac Herzog", "Israeli President", "attacker"),
      person("Daniel Hagari", "Israeli military spokesman", "attacker", [2023, 2025]),
      body("the Israel Defense Forces", "the IDF", "attacker"),
      person("Mahmoud Abbas", "Palestinian President", "defender"),
      body("Hamas", "the group", "defender"),
      body("the Gaza health ministry", "the ministry", "defender"),
      person("Philippe Lazzarini", "UNRWA Commissioner-General", "mediator"),
      body("the Qatari Foreign Ministry", "Qatar", "mediator"),
      person("Abdel Fattah al-Sisi", "Egyptian President", "mediator", undefined, "Sisi")
    ],
    tollSources: ["the Gaza health ministry", "Palestinian medics", "the Palestinian Red Crescent", "Gaza's civil defence agency", "hospital officials"],
    airDefence: null,
    localRoles: ["director of {city}'s main hospital", "spokesperson for Gaza's civil defence in {city}", "head of the {city} municipality", "governor of {city}"],
    firstNames: ["Mohammed", "Ahmed", "Khaled", "Youssef", "Mahmoud", "Fadi", "Rami", "Samir", "Amal", "Huda", "Nour", "Basel"],
    lastNames: ["Abu Salem", "al-Masri", "Haddad", "Shaheen", "Barakat", "al-Najjar", "Odeh", "Qudaih", "Saleh", "Hamdan", "Abu Jamal", "Khalil"],
    outlets: ["Al Jazeera", "The Times of Israel", "Haaretz", "WAFA", "Al Arabiya", "Ynet", "Channel 12"]
  },
  {
    name: "Israel",
    weight: 1,
    country: "Israel",
    years: [2023, 2030],
    cities: [
      { name: "Tel Aviv", region: "Central District" },
      { name: "Haifa", region: "Haifa District" },
      { name: "Ashkelon", region: "Southern District" },
      { name: "Sderot", region: "Southern District" },
      { name: "Kiryat Shmona", region: "Northern District" },
      { name: "Eilat", region: "Southern District" }
    ],
    attackers: [
      { forces: "Hamas militants", state: "Hamas", adjective: "Hamas", styles: ["rocket", "rocket"] },
      { forces: "Hezbollah fighters", state: "Hezbollah", adjective: "Hezbollah", styles: ["rocket", "drone"] },
      { forces: "the Houthis", state: "the Houthis", adjective: "Houthi", styles: ["missile", "drone"] },
      { forces: "Iran", state: "Iran", adjective: "Iranian", styles: ["missile", "combined"] }
    ],
    speakers: [
      person("Benjamin Netanyahu", "Israeli Prime Minister", "defender"),
      person("Isaac Herzog", "Israeli President", "defender"),
      body("the Israel Defense Forces", "the IDF", "defender"),
      body("Magen David Adom", "MDA", "defender"),
      person("Abbas Araghchi", "Iranian Foreign Minister", "attacker", [2024, 2030]),
      person("Naim Qassem", "Hezbollah leader", "attacker", [2024, 2030]),
      person("Yahya Saree", "Houthi military spokesman", "attacker")
    ],
    tollSources: ["Magen David Adom", "Israeli police", "hospital officials", "the Israeli military"],
    airDefence: "the Israeli military",
    localRoles: ["mayor of {city}", "head of the {city} municipality", "police commander in the {region}"],
    firstNames: ["Avi", "Yossi", "Eitan", "Noa", "Tamar", "Moshe", "Dana", "Uri", "Shira", "Gil"],
    lastNames: ["Cohen", "Levi", "Mizrahi", "Peretz", "Biton", "Friedman", "Azoulay", "Shapira", "Golan", "Ben-David"],
    outlets: ["The Times of Israel", "Haaretz", "Ynet", "Channel 12", "Kan", "The Jerusalem Post"]
  },
  {
    name: "Lebanon",
    weight: 1,
    country: "Lebanon",
    years: [2023, 2030],
    cities: [
      { name: "Beirut", variants: ["BEIRUT"], region: "Beirut" },
      { name: "Tyre", region: "South Lebanon" },
      { name: "Nabatieh", region: "Nabatieh" },
      { name: "Baalbek", region: "Baalbek-Hermel" },
      { name: "Sidon", region: "South Lebanon" }
    ],
    attackers: [{ forces: "Israeli forces", state: "Israel", adjective: "Israeli", styles: ["airstrike", "airstrike", "drone", "shelling"] }],
    speakers: [
      person("Najib Mikati", "Lebanese Prime Minister", "defender", [2021, 2024]),
      person("Joseph Aoun", "Lebanese President", "defender", [2025, 2030]),
      body("the Lebanese health ministry", "the ministry", "defender"),
      body("Hezbollah", "the group", "defender"),
      person("Benjamin Netanyahu", "Israeli Prime Minister", "attacker"),
      body("the Israel Defense Forces", "the IDF", "attacker"),
      person("Jeanine Hennis-Plasschaert", "UN special coordinator for Lebanon", "mediator")
    ],
    tollSources: ["the Lebanese health ministry", "the state-run National News Agency", "civil defence workers"],
    airDefence: null,
    localRoles: ["mayor of {city}", "head of the {city} municipality", "governor of {region}"],
    firstNames: ["Ali", "Hassan", "Hussein", "Rabih", "Georges", "Maya", "Ziad", "Walid", "Rana", "Karim"],
    lastNames: ["Fakih", "Khoury", "Haidar", "Nasrallah", "Saad", "Hamadeh", "Chamoun", "Daher", "Jaber", "Moussa"],
    outlets: ["Al Jazeera", "the National News Agency", "L'Orient-Le Jour", "Al Mayadeen", "Al Arabiya"]
  },
  {
    name: "Sudan",
    weight: 1,
    country: "Sudan",
    years: [2023, 2030],
    cities: [
      { name: "Khartoum", region: "Khartoum" },
      { name: "Omdurman", region: "Khartoum" },
      { name: "El Fasher", variants: ["El-Fasher"], region: "North Darfur" },
      { name: "Port Sudan", region: "Red Sea" },
      { name: "Wad Madani", region: "Gezira" }
    ],
    attackers: [
      { forces: "the Rapid Support Forces", state: "the RSF", adjective: "RSF", styles: ["shelling", "drone", "raid"] },
      { forces: "the Sudanese army", state: "the army", adjective: "army", styles: ["airstrike", "shelling"] }
    ],
    speakers: [
      person("Abdel Fattah al-Burhan", "Sudanese army chief", "defender", undefined, "Burhan"),
      person("Mohamed Hamdan Dagalo", "RSF commander", "attacker", undefined, "Dagalo"),
      body("the Rapid Support Forces", "the RSF", "attacker"),
      body("the Sudanese army", "the army", "defender"),
      body("Doctors Without Borders", "MSF", "mediator"),
      body("the World Food Programme", "the WFP", "mediator")
    ],
    tollSources: ["local activists", "the Sudan Doctors Network", "medical sources", "an emergency response room"],
    airDefence: null,
    localRoles: ["governor of {region}", "head of the {city} emergency response room", "director of a hospital in {city}"],
    firstNames: ["Osman", "Abdelrahman", "Hamid", "Ibrahim", "Salah", "Fatima", "Mariam", "Adam", "Yasir", "Nasreldin"],
    lastNames: ["Abdelrahim", "Osman", "Idris", "Elbashir", "Yousif", "Mohamedain", "Hassan", "Babiker", "Adam", "Gasim"],
    outlets: ["Sudan Tribune", "Radio Dabanga", "Al Jazeera", "Reuters"]
  },
  {
    name: "Yemen",
    weight: 1,
    country: "Yemen",
    years: [2020, 2030],
    cities: [
      { name: "Sanaa", variants: ["Sana'a"], region: "Sanaa" },
      { name: "Hodeidah", variants: ["Hudaydah"], region: "Hodeidah" },
      { name: "Marib", region: "Marib" },
      { name: "Saada", region: "Saada" },
      { name: "Aden", region: "Aden" }
    ],
    attackers: [
      { forces: "US forces", state: "the United States", adjective: "US", styles: ["airstrike"] },
      { forces: "Israeli warplanes", state: "Israel", adjective: "Israeli", styles: ["airstrike"] },
      { forces: "the Houthis", state: "the Houthis", adjective: "Houthi", styles: ["missile", "drone", "shelling"] }
    ],
    speakers: [
      person("Yahya Saree", "Houthi military spokesman", "defender"),
      person("Abdul-Malik al-Houthi", "Houthi leader", "defender", undefined, "al-Houthi"),
      body("the Houthi-run health ministry", "the ministry", "defender"),
      body("US Central Command", "CENTCOM", "attacker"),
      person("Hans Grundberg", "UN special envoy for Yemen", "mediator")
    ],
    tollSources: ["the Houthi-run health ministry", "Houthi-run Al-Masirah TV", "medical sources", "local residents"],
    airDefence: null,
    localRoles: ["deputy governor of {region}", "health office director in {city}", "local council head in {city}"],
    firstNames: ["Abdullah", "Saleh", "Mohammed", "Ali", "Fuad", "Nabil", "Hamza", "Tawfiq"],
    lastNames: ["al-Ahmar", "al-Hakimi", "Saif", "al-Wazir", "Qasim", "Mujalli", "al-Sharjabi", "Ghaleb"],
    outlets: ["Al-Masirah", "Saba", "Al Jazeera", "Al Arabiya"]
  },
  {
    name: "Syria",
    weight: 1,
    country: "Syria",
    years: [2020, 2030],
    cities: [
      { name: "Damascus", region: "Damascus" },
      { name: "Aleppo", region: "Aleppo" },
      { name: "Idlib", region: "Idlib" },
      { name: "Homs", region: "Homs" },
      { name: "Deir ez-Zor", region: "Deir ez-Zor" }
    ],
    attackers: [
      { forces: "Israeli warplanes", state: "Israel", adjective: "Israeli", styles: ["airstrike"] },
      { forces: "Russian warplanes", state: "Russia", adjective: "Russian", styles: ["airstrike"] },
      { forces: "unidentified attackers", state: "unidentified attackers", adjective: "unclaimed", styles: ["bombing", "drone"] }
    ],
    speakers: [
      person("Ahmed al-Sharaa", "Syrian President", "defender", [2025, 2030], "Sharaa"),
      body("the Syrian Observatory for Human Rights", "the Observatory", "mediator"),
      body("the White Helmets", "the rescuers", "defender"),
      person("Geir Pedersen", "UN special envoy for Syria", "mediator")
    ],
    tollSources: ["the Syrian Observatory for Human Rights", "the state news agency SANA", "the White Helmets", "local medics"],
    airDefence: null,
    localRoles: ["governor of {region}", "police chief in {city}", "head of the {city} health directorate"],
    firstNames: ["Bashir", "Omar", "Firas", "Louay", "Rania", "Mazen", "Hadi", "Samer"],
    lastNames: ["Haddad", "al-Hamwi", "Sabbagh", "Kassab", "Darwish", "Tayfour", "al-Khatib", "Sharif"],
    outlets: ["SANA", "Al Jazeera", "Enab Baladi", "Al Arabiya"]
  }
]

/** Anonymous sources, as articles describe them. */
export const ANONYMOUS_SOURCES: ReadonlyArray<string> = [
  "a senior official, who spoke on condition of anonymity",
  "people familiar with the matter",
  "two sources briefed on the talks",
  "a diplomatic source",
  "a source in the security services",
  "a Western official",
  "one official, who asked not to be named",
  "sources close to the negotiations",
  "a military source",
  "a person with knowledge of the discussions"
]

export const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const
export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const
