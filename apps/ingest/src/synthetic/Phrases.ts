/** What the synthetic speakers say: quote texts, reported clauses and background sentences, with `{city}`, `{country}`, `{attacker}` slots. */
import type { Stance } from "./Vocabulary.ts"

/** Words for direct quotes, by the speaker's stance. Each is one or more full sentences. */
export const QUOTES: Readonly<Record<Stance, ReadonlyArray<string>>> = {
  defender: [
    "There was no military target there, only homes and a school",
    "This was a deliberate strike on a residential area. They knew exactly what they were hitting",
    "We need more air defence systems, and we need them now, not in a month",
    "Every such attack proves that the other side has no interest in peace",
    "Rescuers are still working at the site. The number of victims may rise",
    "We will rebuild {city}. We have done it before and we will do it again",
    "The world must see what is happening in {city} and respond with action, not words",
    "Our partners know what we need. The question is only time",
    "We will not give up a single metre of our land",
    "Children were sleeping when the attack came. There is no excuse for this",
    "The enemy is trying to break us, but it will not work",
    "We are grateful to everyone who helps, but pressure on {attacker} has to grow",
    "Hospitals are overwhelmed. We are running out of beds and of blood",
    "This is terror, pure and simple",
    "Nobody should have to bury their children like this",
    "We are ready for talks, but not for a surrender dressed up as peace",
    "The strikes on {city} went on for almost three hours",
    "I ask everyone to stay in shelters until the all-clear is given"
  ],
  attacker: [
    "All the designated targets were hit",
    "Our forces struck only military infrastructure",
    "The operation will continue until all its goals are achieved",
    "We have never targeted civilians and we do not do so now",
    "This was a response to the provocations of the other side",
    "The West is prolonging this conflict by sending more weapons",
    "We are open to negotiations, but the other side must face reality",
    "Any talk of a ceasefire is premature while the threat remains",
    "The facility in {city} was used to store weapons",
    "Our position has not changed and it is well known",
    "We will respond to every attack, and our response will be painful",
    "Those who started this bear full responsibility for what follows"
  ],
  mediator: [
    "We are very close to a deal, but both sides have to want it",
    "There is no military solution to this conflict",
    "Attacks on civilians and civilian infrastructure are prohibited under international humanitarian law",
    "I am not happy with what happened in {city}. Not necessary, and a very bad time",
    "The killing has to stop. It has to stop now",
    "Humanitarian workers must be allowed to reach the people of {city} safely",
    "We stand with the people of {country}",
    "I think they both want peace, I believe it",
    "We will keep working with our partners for a ceasefire",
    "The images coming out of {city} are horrifying",
    "Sanctions will stay in place until there is real progress",
    "Both sides must come back to the table without preconditions",
    "We are deeply concerned by the escalation of the past days",
    "A lasting peace cannot be built on rubble"
  ]
}

/** Short phrases quoted inside a sentence ("described the strike as ..."). */
export const PARTIAL_QUOTES: ReadonlyArray<string> = [
  "an act of terror",
  "a war crime",
  "absolutely unacceptable",
  "a dangerous escalation",
  "a lot of hatred",
  "a cynical provocation",
  "a turning point",
  "a very bad time",
  "the most difficult night in months",
  "a deliberate attack on civilians",
  "a precise strike",
  "legitimate military targets"
]

/** Reported content for `said that ...`, by stance. */
export const CLAUSES: Readonly<Record<Stance, ReadonlyArray<string>>> = {
  defender: [
    "the attack on {city} showed that there was no will for peace on the other side",
    "air defence systems had been working over the region for several hours",
    "rescue operations in {city} would continue through the night",
    "the country needed additional air defence systems before the winter",
    "more than a dozen residential buildings had been damaged",
    "the authorities would provide temporary housing to those who had lost their homes",
    "{attacker} had used the talks as cover for new attacks",
    "the strike had hit an area with no military facilities",
    "power had been cut to parts of {city} after the attack"
  ],
  attacker: [
    "the strikes had targeted military facilities and arms depots",
    "its forces had hit command posts near {city}",
    "the accusations of attacks on civilians were false",
    "{country} was responsible for the escalation",
    "talks could only resume if its conditions were met",
    "its air defences had destroyed dozens of drones overnight"
  ],
  mediator: [
    "the talks would continue next week",
    "both sides should agree to a ceasefire without delay",
    "a new package of aid for {country} was being prepared",
    "the attacks on {city} were a violation of international law",
    "he still believed that a peace deal was possible",
    "the humanitarian situation in {country} was getting worse by the day",
    "sanctions against {attacker} could be extended",
    "an independent investigation into the strike on {city} was needed"
  ]
}

/** Sentences of background that name nobody. */
export const BACKGROUND: ReadonlyArray<string> = [
  "Talks on a ceasefire have stalled for weeks.",
  "The conflict has displaced millions of people.",
  "Diplomatic efforts to end the fighting have intensified in recent weeks.",
  "Air raid alerts sounded across the region for several hours.",
  "Emergency crews were still clearing the rubble on the following day.",
  "The claims could not be independently verified.",
  "Neither side commented immediately on the reports.",
  "Aid agencies have repeatedly warned of a humanitarian catastrophe.",
  "The city has come under repeated attack in recent months.",
  "Schools in the area moved to remote learning after the strike.",
  "Electricity and water supplies were partly restored by the evening.",
  "Residents said they heard at least five explosions."
]

/** Sub-headings between paragraphs. */
export const SUBHEADINGS: ReadonlyArray<string> = [
  "Reaction abroad",
  "What is known about the attack",
  "Addition",
  "Talks stall",
  "Aftermath in {city}",
  "Background",
  "Casualties rising"
]

/** What a strike hit. */
export const TARGETS: ReadonlyArray<string> = [
  "a residential building", "an apartment block", "a school", "a hospital", "a market", "a power plant",
  "an energy facility", "a grain terminal", "a shopping centre", "a private house", "a railway station",
  "a warehouse", "a refugee camp", "a tent camp for displaced people", "a checkpoint", "a bus stop"
]

/** Who the casualties were. */
export const VICTIMS: ReadonlyArray<string> = ["people", "civilians", "people", "residents"]
export const VICTIM_DETAILS: ReadonlyArray<string> = [
  "including a child", "including two children", "among them a pregnant woman", "including three rescuers",
  "most of them women and children", "including an elderly couple"
]
