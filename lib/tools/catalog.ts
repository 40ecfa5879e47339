import { rawTools } from "../data/tools";
import { parseData } from "../schemas/parse-data";
import { toolsSchema, type Tool, type ToolId } from "../schemas/tool";

/** The hiring tools, validated once at module load, in menu order. */
export const tools: readonly Tool[] = parseData(toolsSchema, rawTools, "lib/data/tools.ts (rawTools)");

/** One tool by id (every id is present: the schema guarantees it). */
export function getTool(id: ToolId): Tool {
  return tools.find((tool) => tool.id === id)!;
}
