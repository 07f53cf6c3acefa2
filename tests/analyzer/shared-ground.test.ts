import { describe, expect, test } from 'vitest';
import type { Profile, Sender } from '@/lib/schema';
import { check } from './helpers';

type Row = [string, string, Profile | undefined, Sender | undefined];

describe('shared ground', () => {
  test.each<Row>([
    ['fellow alum (alias of the school)', 'Hi Tim, fellow Michigan alum here.', { schools: ['University of Michigan'] }, { schools: ['University of Michigan'] }],
    ['school initials', 'Hi Nina, fellow Stanford GSB alum here!', { schools: ['Stanford Graduate School of Business'] }, undefined],
    ['study at their school', 'I’m a junior at Penn State studying supply chain.', { schools: ['Pennsylvania State University'] }, undefined],
    ['same field, both details', 'I’m a PhD student in computational biology.', { industry: 'Computational biology' }, { industry: 'Computational biology' }],
    ['field alias', 'I’m a civic-tech volunteer in D.C.', { industry: 'Civic technology' }, { industry: 'Civic technology' }],
    ['their field as my own', 'As a public health grad student, I hope to learn about your fieldwork.', { industry: 'Public health' }, undefined],
    ['too', 'I’m in healthcare analytics too.', undefined, undefined],
    ['also', 'I also write firmware.', undefined, undefined],
    ['both', 'We were both in the Y Combinator W24 batch.', undefined, undefined],
    ['former colleagues', 'We worked together at Deloitte back in 2019.', undefined, undefined],
    ['met at an event', 'We met at the SaaStr Annual panel on pricing last week.', undefined, undefined],
    ['named introducer', 'Sam Patel suggested I reach out.', undefined, undefined],
    ['listed mutual connection', 'Our friend Jamal Idris says hi.', { mutualConnections: ['Jamal Idris'] }, undefined],
    ['similar idea', 'I am working on a similar idea for electricians.', undefined, undefined],
  ])('passes: %s', (_, note, profile, sender) => {
    expect(check('shared-ground', note, profile, sender).status).toBe('pass');
  });

  test.each<Row>([
    ['details show a shared school the note leaves out', 'I’d love to learn about design culture at your team.', { schools: ['UT Austin'] }, { schools: ['UT Austin'] }],
    ['claim contradicted by the details', 'Fellow Stanford alum here!', { schools: ['Harvard University'] }, { schools: ['Stanford University'] }],
    ['unnamed mutual connections', 'Saw we have 14 mutual connections.', undefined, undefined],
    ['introducer not among listed mutuals', 'Sam Patel suggested I reach out.', { mutualConnections: ['Jane Doe'] }, undefined],
  ])('warns: %s', (_, note, profile, sender) => {
    expect(check('shared-ground', note, profile, sender).status).toBe('warn');
  });

  test.each<Row>([
    ['interest is not shared ground', 'I’m an MBA student interested in commercial real estate data.', { industry: 'Commercial real estate' }, undefined],
    ['exploring roles in their field', 'I’m a product designer exploring roles in travel tech.', { industry: 'Travel technology' }, undefined],
    ['different companies', 'I recruit at Northwind and read the Acme blog.', { company: 'Acme' }, { company: 'Northwind' }],
    ['customers in their field are not mine', 'I lead partnerships at Brightwave, and we help logistics teams.', { industry: 'Logistics' }, undefined],
    ['placeholder field', 'I noticed we’re both in {industry}.', { industry: 'Insurance' }, undefined],
    ['placeholder school', 'Fellow [School] alum here.', undefined, undefined],
    ['a fan is not a peer', 'I’m also a huge fan of your products.', undefined, undefined],
    ['nothing', 'I’d like to connect.', undefined, undefined],
  ])('fails: %s', (_, note, profile, sender) => {
    expect(check('shared-ground', note, profile, sender).status).toBe('fail');
  });

  test('evidence points at the words', () => {
    const result = check('shared-ground', 'Hi Tim, fellow Michigan alum here.', { schools: ['University of Michigan'] }, { schools: ['University of Michigan'] });
    expect(result.findings.map((f) => f.actual)).toContain('fellow Michigan alum');
  });
});
