import { blacklisting } from './blacklisting';
import { equality } from './equality';
import { ethicalCare } from './ethical-care';
import { exitInsourcing } from './exit-insourcing';
import { fairWork } from './fair-work';
import { foi } from './foi';
import { inclusiveEmployment } from './inclusive-employment';
import { livingWage } from './living-wage';
import { modernSlavery } from './modern-slavery';
import { netZero } from './net-zero';
import { openBook } from './open-book';
import { smeVcse } from './sme-vcse';
import { socialValue } from './social-value';
import { training } from './training';
import { tupePensions } from './tupe-pensions';
import type { CheckDefinition } from './types';
import { zeroHours } from './zero-hours';

/** Every check, in the order the scan contract prints them. Adding a check is one line here. */
export const CHECKS: readonly CheckDefinition[] = [
  livingWage,
  socialValue,
  foi,
  zeroHours,
  fairWork,
  training,
  inclusiveEmployment,
  ethicalCare,
  tupePensions,
  openBook,
  modernSlavery,
  blacklisting,
  smeVcse,
  netZero,
  equality,
  exitInsourcing,
];
