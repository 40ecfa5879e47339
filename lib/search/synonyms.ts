/**
 * Words readers search with that the guide does not use, each group beside the guide's own word. A query
 * holding any phrase of a group also finds the others: "freelance" finds the fractional architects, "red
 * flags" the warning signs, "how much does an architect cost" the salary bands.
 *
 * Written by hand: MiniSearch has no synonyms, and a general thesaurus would not know this guide's
 * vocabulary ("fractional" is its word for a part-time architect). Keep each phrase specific: a group's
 * phrases are matched by prefix like any query word, so a short common word ("grow", "rate") would pull in
 * unrelated sections ("gen ai" found "generalist"). Each group starts with the guide's own word, which
 * tests/unit/search.test.ts finds in the guide without synonyms: a group for words the guide never uses
 * would promise readers what it does not have.
 */
export const synonymGroups: readonly (readonly string[])[] = [
  // Closed up as readers type them ("parttime", "takehome", "fulltime", "inhouse"): each had found nothing.
  ["fractional", "freelance", "freelancer", "contractor", "consultant", "interim", "part time", "parttime"],
  ["full time", "fulltime"],
  ["in house", "inhouse"],
  ["warning signs", "warning sign", "red flags", "red flag", "pitfalls"],
  ["salary", "salaries", "cost", "costs", "pay", "paying", "paid", "compensation", "wage", "price"],
  ["practical", "take home", "takehome", "coding test", "coding exercise", "assignment", "work sample"],
  ["job description", "job ad", "job advert", "job posting", "job spec"],
  ["interview", "interviewing", "screening"],
  ["hire", "hiring", "recruit", "recruiting", "recruitment"],
  ["upskilling", "upskill", "reskill", "career path", "promote", "promotion"],
  ["regulation", "regulated", "compliance", "legal", "law"],
  ["machine learning", "ml"],
  ["large language model", "large language models", "llm", "llms"],
  ["generative", "genai"],
  ["mlops", "ml ops", "machine learning operations"],
  // "CI/CD" is two words to the index: "cicd" had found nothing, and the glossary entry came last.
  ["ci cd", "cicd", "continuous integration", "continuous delivery", "continuous deployment"],
  ["offshore", "nearshore", "offshoring", "nearshoring", "outsource", "outsourcing"],
  ["equity", "stock options", "share options", "esop"],
  ["resume", "resumes", "cv", "cvs", "curriculum vitae"],
  ["education", "degree", "degrees", "qualifications", "phd", "university"],
  ["wrong hire", "bad hire", "mis hire", "mishire", "hiring mistake"],
  ["finance", "financial", "fintech", "banking"],
  ["security", "cybersecurity", "cyber security", "infosec"],
  ["agency", "agencies", "headhunter", "headhunting", "staffing agency", "recruitment agency", "talent agency"],
  ["vendor", "vendors", "third party", "supplier", "suppliers"],
  ["report", "reporting line", "org chart", "org structure", "organisational structure", "organizational structure"],
  ["gdpr", "data protection", "data privacy"],
  ["europe", "eu", "european"],
  ["first months", "onboarding", "onboard", "ramp up"],
  ["remote", "time zone", "time zones", "work from home"],
  ["fill a role", "time to hire", "time to fill", "hiring time"],
  ["business associate agreement", "baa", "baas"],
  ["impact assessment", "dpia"],
  ["data protection officer", "dpo"],
  ["earned before", "pay history", "salary history", "previous salary"],
  ["same steps", "interview process", "hiring process", "interview loop", "interview stages"],
];
