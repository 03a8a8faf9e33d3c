import {describe, expect, it} from 'vitest';
import {shopRows} from './shopRows';

describe('shopRows', () => {
  it("names each shop's primary 包联 cadre with phone, and says when nobody is assigned", () => {
    const rows = shopRows([
      {name: '永和豆浆', address: '人民路96号', owners: [
        {ownerName: '协助甲', ownerPhone: null, isPrimary: false}, {ownerName: '王干部', ownerPhone: '13900000001', isPrimary: true}]},
      {name: '老陈面馆', address: null, owners: []},
    ]);
    expect(rows).toEqual([
      {name: '永和豆浆', address: '人民路96号', cadre: '王干部', phone: '13900000001'},
      {name: '老陈面馆', address: '', cadre: '未落实', phone: ''},
    ]);
  });
});
