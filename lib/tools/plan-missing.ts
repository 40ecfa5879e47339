/**
 * Which planner questions still need an answer, by their numbers on the page: "Question 6 needs an answer" or
 * "Questions 2, 4 and 6 need an answer". Said by the planner's status with JavaScript (PlanLive) and by the answer
 * panel of a half-answered link without it. Pure and dependency-free: the client leaf imports it.
 */
export function unansweredText(numbers: readonly number[]): string {
  const list = numbers.length === 1 ? String(numbers[0]) : `${numbers.slice(0, -1).join(", ")} and ${numbers.at(-1)}`;
  return `Question${numbers.length === 1 ? "" : "s"} ${list} need${numbers.length === 1 ? "s" : ""} an answer.`;
}
