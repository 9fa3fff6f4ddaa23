/**
 * Every site adapter, by registry id. A listed site without one here (vtc, baoquocte, baodautu,
 * baophapluat, giaoducthoidai, mattran) is read by the generic path.
 */
import type { SiteAdapter } from '../adapter';
import baochinhphu from './baochinhphu';
import nhandan from './nhandan';
import dangcongsan from './dangcongsan';
import tapchicongsan from './tapchicongsan';
import quochoi from './quochoi';
import sggp from './sggp';
import tuoitre from './tuoitre';
import thanhnien from './thanhnien';
import vnexpress from './vnexpress';
import vietnamnet from './vietnamnet';
import dantri from './dantri';
import qdnd from './qdnd';
import cand from './cand';
import vov from './vov';
import vtv from './vtv';
import laodong from './laodong';
import tienphong from './tienphong';
import plo from './plo';
import znews from './znews';
import nld from './nld';
import baotintuc from './baotintuc';
import hanoimoi from './hanoimoi';
import baomoi from './baomoi';
import vietnamplus from './vietnamplus';
import site24h from './h24';
import soha from './soha';
import kenh14 from './kenh14';
import cafef from './cafef';
import genk from './genk';

export const ADAPTERS: Record<string, SiteAdapter> = {
  baochinhphu,
  nhandan,
  dangcongsan,
  tapchicongsan,
  quochoi,
  sggp,
  tuoitre,
  thanhnien,
  vnexpress,
  vietnamnet,
  dantri,
  qdnd,
  cand,
  vov,
  vtv,
  laodong,
  tienphong,
  plo,
  znews,
  nld,
  baotintuc,
  hanoimoi,
  baomoi,
  vietnamplus,
  '24h': site24h,
  soha,
  kenh14,
  cafef,
  genk,
};
