import { rawVetting } from "./data/vetting";
import { parseData } from "./schemas/parse-data";
import { vettingSchema, type Vetting } from "./schemas/vetting";

/** The vetting material (architect questions, engineer checks), validated once at module load. */
export const vetting: Readonly<Vetting> = parseData(vettingSchema, rawVetting, "lib/data/vetting.ts (rawVetting)");

/** The label the chapter puts before each architect question's strong answer. */
export const strongAnswerLabel = "What a strong answer shows:";
