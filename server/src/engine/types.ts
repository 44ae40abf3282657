// The vocabulary shared by rules, fixes, the CLI and the language server. Plain data: offsets are
// UTF-16 indices into file texts, files are absolute paths.

export type Severity = 'off' | 'info' | 'warning' | 'error';
export type ReportedSeverity = Exclude<Severity, 'off'>;

export interface TextEdit {
  file: string;
  start: number;
  end: number;
  newText: string;
}

export interface FileCreate {
  file: string;
  text: string;
}

export interface Fix {
  /** A concrete title, e.g. "Add Meta.db_table = 'shop_order'". */
  title: string;
  /** Safe: behaviour and schema stay the same. Unsafe: review needed (schema or deploy steps change). */
  safety: 'safe' | 'unsafe';
  edits: TextEdit[];
  creates?: FileCreate[];
  deletes?: string[];
  /** Offered as a "fix all" action rather than on a single diagnostic. */
  scope?: 'file' | 'project';
}

export interface RelatedLocation {
  file: string;
  start: number;
  end: number;
  message: string;
}

export interface Finding {
  rule: string;
  file: string;
  start: number;
  end: number;
  message: string;
  severity: ReportedSeverity;
  help?: string;
  fixes: Fix[];
  related?: RelatedLocation[];
  /** Extra data for hovers and lenses (lock level etc.). */
  data?: Record<string, unknown>;
}

export interface RuleDocs {
  whatItDoes: string;
  whyUnsafe: string;
  example: string;
  useInstead: string;
  fixSafety: string;
}

export interface RuleOption {
  type: 'boolean' | 'number' | 'string' | 'string[]';
  default: boolean | number | string | string[];
  description: string;
}

export type RuleScope = 'model' | 'migration' | 'project';
