/**
 * Button styles shared by every action on the page. Kept as class strings (not a wrapper
 * component) so native <button> semantics and props stay untouched.
 */

const base =
  'inline-flex items-center justify-center gap-2 rounded-lg font-medium transition-colors ' +
  'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:focus-visible:outline-sky-300 ' +
  'disabled:cursor-not-allowed disabled:opacity-60';

/** Visual weight of a button. */
export type ButtonVariant = 'primary' | 'secondary' | 'quiet';

const variants: Record<ButtonVariant, string> = {
  primary: 'bg-sky-700 text-white hover:bg-sky-800 dark:bg-sky-300 dark:text-slate-950 dark:hover:bg-sky-200',
  secondary:
    'border border-slate-300 bg-white text-slate-900 hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800',
  quiet: 'text-sky-800 underline-offset-2 hover:underline dark:text-sky-300',
};

const sizes = { md: 'min-h-11 px-4 py-2 text-sm', sm: 'min-h-9 px-3 py-1.5 text-sm' } as const;

/** Class names for a button of the given variant and size (44 px tall by default: a thumb's width). */
export function buttonClass(variant: ButtonVariant = 'secondary', size: keyof typeof sizes = 'md'): string {
  return `${base} ${variants[variant]} ${sizes[size]}`;
}
