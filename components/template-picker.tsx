'use client';
/**
 * "Start from a template", folded. What is inside the fold — the scenario chooser and the
 * templates themselves — is loaded the first time it is opened (and fetched ahead when a pointer
 * or the keyboard comes near the summary), so neither its code nor its hydration weighs on the
 * page's first load. The summary, with the scenario count the server passes in, is always there.
 */
import { lazy, Suspense } from 'react';
import type { TemplateChooserProps } from './template-chooser';
import { Disclosure } from './ui/disclosure';
import { useFirstOpen } from '@/lib/client/use-first-open';

const loadChooser = () => import('./template-chooser');
const TemplateChooser = lazy(() => loadChooser().then((module) => ({ default: module.TemplateChooser })));

/** Props of the picker: the chooser's, and how many scenarios there are (for the summary). */
export interface TemplatePickerProps extends TemplateChooserProps {
  templateCount: number;
}

/** The folded template section. */
export function TemplatePicker({ templateCount, ...chooser }: TemplatePickerProps) {
  const fold = useFirstOpen();
  return (
    <Disclosure ref={fold.ref} title="Start from a template" hint={`${templateCount} scenarios`} onToggle={fold.onToggle} onIntent={() => void loadChooser()}>
      {fold.opened && (
        <Suspense fallback={<p className="text-sm text-slate-700 dark:text-slate-300">Loading the templates…</p>}>
          <TemplateChooser {...chooser} />
        </Suspense>
      )}
    </Disclosure>
  );
}
