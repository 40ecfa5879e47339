import type { MDXComponents } from "mdx/types";
import { Callout } from "@/components/mdx/callout";
import { FaqList } from "@/components/mdx/faq-list";
import { Figure } from "@/components/mdx/figure";
import { KeyTakeaway } from "@/components/mdx/key-takeaway";
import { RoleColumn, RoleComparison } from "@/components/mdx/role-comparison";
import { SalaryBands } from "@/components/mdx/salary-bands";
import { SalaryRange } from "@/components/mdx/salary-range";
import { SmartLink } from "@/components/mdx/smart-link";
import { Table } from "@/components/mdx/table";
import { TaskCheckbox } from "@/components/mdx/task-checkbox";
import { ToolTeaser } from "@/components/mdx/tool-teaser";
import { ArchitectQuestions, EngineerChecks } from "@/components/mdx/vetting-lists";
import type { MdxComponentName } from "@/lib/schemas/mdx-props";

/**
 * THE MDX registry: the only components chapters can use. Merge order: element overrides, then the
 * author components below, then per-page overrides (headings, in components/chapter-body.tsx).
 * IMPORTANT: keep the author components in step with lib/schemas/mdx-props.ts (a unit test checks).
 */
export const authorComponents = {
  ArchitectQuestions,
  Callout,
  EngineerChecks,
  FaqList,
  Figure,
  KeyTakeaway,
  RoleColumn,
  RoleComparison,
  SalaryBands,
  SalaryRange,
  ToolTeaser,
} satisfies Record<MdxComponentName, unknown>;

/** Element overrides plus author components. */
export const mdxComponents = {
  a: SmartLink,
  input: TaskCheckbox,
  table: Table,
  ...authorComponents,
} satisfies MDXComponents;
