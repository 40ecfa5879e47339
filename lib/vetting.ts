import { rawVetting } from "./data/vetting";
import { parseData } from "./schemas/parse-data";
import { vettingSchema, type Vetting } from "./schemas/vetting";

/** The vetting material (architect questions, engineer checks), validated once at module load. */
export const vetting: Readonly<Vetting> = parseData(vettingSchema, rawVetting, "lib/data/vetting.ts (rawVetting)");

/** The label the chapter and the scorecard put before each strong answer. */
export const strongAnswerLabel = "What a strong answer shows:";
/** The label before an engineer check's interview question, in the chapter and on the scorecard. */
export const askLabel = "Ask:";
