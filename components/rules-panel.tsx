'use client';
/**
 * "Your rules": switch a red flag off, make it minor or serious, add your own phrases, and name
 * phrases never to flag. Remembered in this browser and sent with every analysis and rewrite.
 * The controls load the first time the fold opens, so the rule data stays off the first load.
 */
import { lazy, Suspense } from 'react';
import type { RulesFieldsProps } from './rules-fields';
import { Disclosure } from './ui/disclosure';
import { changedCount } from '@/lib/client/rules';
import { useFirstOpen } from '@/lib/client/use-first-open';

const loadFields = () => import('./rules-fields');
const RulesFields = lazy(() => loadFields().then((module) => ({ default: module.RulesFields })));

/** The folded rules panel. */
export function RulesPanel({ rules, onChange }: RulesFieldsProps) {
  const fold = useFirstOpen();
  const changed = changedCount(rules);
  return (
    <Disclosure ref={fold.ref} title="Your rules" hint={changed === 0 ? 'defaults' : `${changed} changed`} onToggle={fold.onToggle} onIntent={() => void loadFields()}>
      {fold.opened && (
        <Suspense fallback={<p className="text-sm text-slate-700 dark:text-slate-300">Loading your rules…</p>}>
          <RulesFields rules={rules} onChange={onChange} />
        </Suspense>
      )}
    </Disclosure>
  );
}
